package nl.toeslagen.objections.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.objections.domain.AddedGround;
import nl.toeslagen.objections.domain.BenefitType;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.CitizenEffect;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.ContestedDecision;
import nl.toeslagen.objections.domain.ContestedDecisionType;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.DecisionTerm;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.GroundSource;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.HearingSkipReason;
import nl.toeslagen.objections.domain.IntakeChannel;
import nl.toeslagen.objections.domain.ManifestFinding;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionDecision;
import nl.toeslagen.objections.domain.ObjectionIntake;
import nl.toeslagen.objections.domain.PenaltyDecision;
import nl.toeslagen.objections.domain.RepairRequest;
import nl.toeslagen.objections.domain.Requirement;
import nl.toeslagen.objections.domain.Stage;
import nl.toeslagen.objections.domain.TermChange;
import nl.toeslagen.objections.domain.TermChangeKind;
import nl.toeslagen.objections.domain.Timeliness;
import nl.toeslagen.objections.domain.Withdrawal;
import nl.toeslagen.objections.domain.WithdrawalChannel;
import nl.toeslagen.objections.infrastructure.schema.UpcasterChain;

/**
 * The full state of an objection as JSON (JSON-P, explicit field by field), stored next to the
 * searchable columns. Explicit mapping keeps the stored form stable when domain classes gain
 * methods. The document carries its schema version ({@code schemaVersion}; none means 1); it is
 * always written in the current version and read through the upcaster chain, so that every stored
 * version keeps its meaning (ADR 0016).
 */
public final class ObjectionJson {

  /** The member that holds the document's schema version; a document without it is version 1. */
  static final String SCHEMA_VERSION_KEY = "schemaVersion";

  /** Every step from version 1 to the current one, in order. */
  static final UpcasterChain<JsonObject> UPCASTERS =
      UpcasterChain.of(ObjectionJson::schemaVersion, new ObjectionDocumentV1ToV2());

  /** The version {@link #write} writes. */
  public static final int SCHEMA_VERSION = UPCASTERS.currentVersion();

  private ObjectionJson() {}

  /** The schema version a stored document carries (1 when it has no marker). */
  static int schemaVersion(JsonObject document) {
    return document.containsKey(SCHEMA_VERSION_KEY) && !document.isNull(SCHEMA_VERSION_KEY)
        ? document.getInt(SCHEMA_VERSION_KEY)
        : 1;
  }

  public static String write(Objection.Memento m) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
    b.add("id", m.id());
    ObjectionIntake in = m.intake();
    b.add(
        "intake",
        Json.createObjectBuilder()
            .add("bsn", in.bsn().value())
            .add("benefitType", in.benefitType().name())
            .add("contestedReference", in.contestedDecision().reference())
            .add("contestedType", in.contestedDecision().type().name())
            .add("contestedDate", in.contestedDecision().date().toString())
            .add("receivedDate", in.receivedDate().toString())
            .add("postmarkDate", str(in.postmarkDate()))
            .add("grounds", strings(in.grounds()))
            .add("channel", in.channel().name())
            .add("contestedBenefitYear", num(in.contestedDecision().benefitYear()))
            .add(
                "amountAtStakeCents",
                num(in.amountAtStake() == null ? null : in.amountAtStake().cents())));
    b.add("createdBy", str(m.createdBy()));
    b.add("objectionTermEnd", str(m.objectionTermEnd()));
    b.add("timeliness", m.timeliness().name());
    b.add("excuseReason", str(m.excuseReason()));
    b.add("term", term(m.term()));
    b.add("stage", m.stage().name());
    b.add("missing", strings(m.missing().stream().map(Enum::name).sorted().toList()));
    b.add("repair", m.repair() == null ? JsonValue.NULL : repair(m.repair()));
    b.add("repairEndedOn", str(m.repairEndedOn()));
    b.add("contact", m.contact() == null ? JsonValue.NULL : contact(m.contact()));
    b.add("hearing", m.hearing() == null ? JsonValue.NULL : hearing(m.hearing()));
    b.add("decision", m.decision() == null ? JsonValue.NULL : decision(m.decision()));
    b.add("reviewedBy", str(m.reviewedBy()));
    b.add("reviewRemarks", str(m.reviewRemarks()));
    b.add("noticeOfDefaultOn", str(m.noticeOfDefaultOn()));
    b.add("closedOn", str(m.closedOn()));
    b.add("withdrawalReason", str(m.withdrawalReason()));
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (CaseStep step : m.steps()) {
      JsonObjectBuilder sb =
          Json.createObjectBuilder()
              .add("kind", step.kind().name())
              .add("by", step.by())
              .add("on", str(step.on()));
      if (step.draftVersion() > 0) {
        sb.add("draftVersion", step.draftVersion());
      }
      steps.add(sb);
    }
    b.add("steps", steps);
    if (m.caseNumber() != null) {
      b.add("caseNumber", m.caseNumber().toString());
    }
    b.add(
        "penaltyDecision",
        m.penaltyDecision() == null ? JsonValue.NULL : penaltyDecision(m.penaltyDecision()));
    if (!m.addedGrounds().isEmpty()) {
      JsonArrayBuilder added = Json.createArrayBuilder();
      for (AddedGround g : m.addedGrounds()) {
        added.add(
            Json.createObjectBuilder()
                .add("text", g.text())
                .add("receivedOn", g.receivedOn().toString())
                .add("source", g.source().name())
                .add("recordedBy", str(g.recordedBy()))
                .add("recordedOn", str(g.recordedOn())));
      }
      b.add("addedGrounds", added);
    }
    if (m.withdrawal() != null) {
      b.add(
          "withdrawal",
          Json.createObjectBuilder()
              .add("channel", m.withdrawal().channel().name())
              .add("receivedOn", m.withdrawal().receivedOn().toString())
              .add("reason", str(m.withdrawal().reason())));
    }
    return b.build().toString();
  }

  /** Reads a stored document of any known version (older ones are upcast first). */
  public static Objection.Memento read(String json) {
    JsonObject o = UPCASTERS.toCurrent(Json.createReader(new StringReader(json)).readObject());
    JsonObject in = o.getJsonObject("intake");
    ObjectionIntake intake =
        new ObjectionIntake(
            new Bsn(in.getString("bsn")),
            BenefitType.valueOf(in.getString("benefitType")),
            new ContestedDecision(
                in.getString("contestedReference"),
                ContestedDecisionType.valueOf(in.getString("contestedType")),
                LocalDate.parse(in.getString("contestedDate")),
                isNull(in, "contestedBenefitYear") ? null : in.getInt("contestedBenefitYear")),
            LocalDate.parse(in.getString("receivedDate")),
            date(in, "postmarkDate"),
            list(in.getJsonArray("grounds"), v -> ((jakarta.json.JsonString) v).getString()),
            IntakeChannel.valueOf(in.getString("channel")),
            isNull(in, "amountAtStakeCents")
                ? null
                : Money.ofCents(in.getJsonNumber("amountAtStakeCents").longValueExact()));
    Set<Requirement> missing = EnumSet.noneOf(Requirement.class);
    o.getJsonArray("missing")
        .getValuesAs(jakarta.json.JsonString.class)
        .forEach(s -> missing.add(Requirement.valueOf(s.getString())));
    return new Objection.Memento(
        o.getString("id"),
        intake,
        text(o, "createdBy"),
        date(o, "objectionTermEnd"),
        Timeliness.valueOf(o.getString("timeliness")),
        text(o, "excuseReason"),
        readTerm(o.getJsonObject("term")),
        Stage.valueOf(o.getString("stage")),
        missing,
        isNull(o, "repair") ? null : readRepair(o.getJsonObject("repair")),
        date(o, "repairEndedOn"),
        isNull(o, "contact") ? null : readContact(o.getJsonObject("contact")),
        isNull(o, "hearing") ? null : readHearing(o.getJsonObject("hearing")),
        isNull(o, "decision") ? null : readDecision(o.getJsonObject("decision")),
        text(o, "reviewedBy"),
        text(o, "reviewRemarks"),
        date(o, "noticeOfDefaultOn"),
        date(o, "closedOn"),
        text(o, "withdrawalReason"),
        // always present from version 2 on (the upcaster derives them for older cases)
        list(
            required(o, "steps").asJsonArray(),
            v -> {
              JsonObject s = v.asJsonObject();
              return new CaseStep(
                  CaseStep.Kind.valueOf(s.getString("kind")),
                  s.getString("by"),
                  date(s, "on"),
                  s.getInt("draftVersion", 0));
            }),
        // optional: documents written before case numbers existed have none (the row has it)
        isNull(o, "caseNumber") ? null : CaseNumber.parse("caseNumber", o.getString("caseNumber")),
        // optional: absent in cases whose penalty was never set (no schema version bump)
        isNull(o, "penaltyDecision")
            ? null
            : readPenaltyDecision(o.getJsonObject("penaltyDecision")),
        // optional members (absent in older documents: no added grounds, no withdrawal record)
        isNull(o, "addedGrounds")
            ? List.of()
            : list(
                o.getJsonArray("addedGrounds"),
                v -> {
                  JsonObject g = v.asJsonObject();
                  return new AddedGround(
                      g.getString("text"),
                      LocalDate.parse(g.getString("receivedOn")),
                      GroundSource.valueOf(g.getString("source")),
                      text(g, "recordedBy"),
                      date(g, "recordedOn"));
                }),
        isNull(o, "withdrawal")
            ? null
            : new Withdrawal(
                WithdrawalChannel.valueOf(o.getJsonObject("withdrawal").getString("channel")),
                LocalDate.parse(o.getJsonObject("withdrawal").getString("receivedOn")),
                text(o.getJsonObject("withdrawal"), "reason")));
  }

  private static JsonValue num(Number n) {
    if (n == null) {
      return JsonValue.NULL;
    }
    return n instanceof Integer i ? Json.createValue(i) : Json.createValue(n.longValue());
  }

  private static JsonObject penaltyDecision(PenaltyDecision p) {
    return Json.createObjectBuilder()
        .add("finding", p.finding() == null ? JsonValue.NULL : Json.createValue(p.finding().name()))
        .add("findingReasons", str(p.findingReasons()))
        .add("firstPenaltyDay", str(p.firstPenaltyDay()))
        .add("lastPenaltyDay", str(p.lastPenaltyDay()))
        .add("fullWeeks", p.fullWeeks())
        .add("capCents", p.cap().cents())
        .add("amountCents", p.amount().cents())
        .add("decidedOn", str(p.decidedOn()))
        .add("decidedBy", str(p.decidedBy()))
        .build();
  }

  private static PenaltyDecision readPenaltyDecision(JsonObject p) {
    return new PenaltyDecision(
        isNull(p, "finding") ? null : ManifestFinding.valueOf(p.getString("finding")),
        text(p, "findingReasons"),
        date(p, "firstPenaltyDay"),
        date(p, "lastPenaltyDay"),
        p.getJsonNumber("fullWeeks").longValueExact(),
        Money.ofCents(p.getJsonNumber("capCents").longValueExact()),
        Money.ofCents(p.getJsonNumber("amountCents").longValueExact()),
        date(p, "decidedOn"),
        text(p, "decidedBy"));
  }

  // ---- parts
  // -----------------------------------------------------------------------------------------------------

  private static JsonObject term(DecisionTerm t) {
    JsonArrayBuilder changes = Json.createArrayBuilder();
    for (TermChange c : t.changes()) {
      changes.add(
          Json.createObjectBuilder()
              .add("kind", c.kind().name())
              .add("recordedOn", c.recordedOn().toString())
              .add("previousDeadline", c.previousDeadline().toString())
              .add("newDeadline", c.newDeadline().toString())
              .add("reasons", str(c.reasons())));
    }
    return Json.createObjectBuilder()
        .add("nominalEnd", t.nominalEnd().toString())
        .add("deadline", t.deadline().toString())
        .add("advisoryCommittee", t.advisoryCommittee())
        .add("extended", t.extended())
        .add("changes", changes)
        .build();
  }

  private static DecisionTerm readTerm(JsonObject o) {
    return new DecisionTerm(
        LocalDate.parse(o.getString("nominalEnd")),
        LocalDate.parse(o.getString("deadline")),
        o.getBoolean("advisoryCommittee"),
        o.getBoolean("extended"),
        list(
            o.getJsonArray("changes"),
            v -> {
              JsonObject c = v.asJsonObject();
              return new TermChange(
                  TermChangeKind.valueOf(c.getString("kind")),
                  LocalDate.parse(c.getString("recordedOn")),
                  LocalDate.parse(c.getString("previousDeadline")),
                  LocalDate.parse(c.getString("newDeadline")),
                  text(c, "reasons"));
            }));
  }

  private static JsonObject repair(RepairRequest r) {
    return Json.createObjectBuilder()
        .add("requestedOn", r.requestedOn().toString())
        .add("dueDate", r.dueDate().toString())
        .add("missing", strings(r.missing().stream().map(Enum::name).sorted().toList()))
        .build();
  }

  private static RepairRequest readRepair(JsonObject o) {
    Set<Requirement> missing = EnumSet.noneOf(Requirement.class);
    o.getJsonArray("missing")
        .getValuesAs(jakarta.json.JsonString.class)
        .forEach(s -> missing.add(Requirement.valueOf(s.getString())));
    return new RepairRequest(
        LocalDate.parse(o.getString("requestedOn")),
        LocalDate.parse(o.getString("dueDate")),
        missing);
  }

  private static JsonObject contact(ContactOutcome c) {
    return Json.createObjectBuilder()
        .add("contactedOn", c.contactedOn().toString())
        .add("reached", c.reached())
        .add("agreement", str(c.agreement()))
        .add("withdrawn", c.withdrawn())
        .add("resolved", c.resolved())
        .build();
  }

  private static ContactOutcome readContact(JsonObject o) {
    return new ContactOutcome(
        LocalDate.parse(o.getString("contactedOn")),
        o.getBoolean("reached"),
        text(o, "agreement"),
        o.getBoolean("withdrawn"),
        o.getBoolean("resolved"));
  }

  private static JsonObject hearing(Hearing h) {
    return Json.createObjectBuilder()
        .add(
            "scheduledAt",
            h.scheduledAt() == null ? JsonValue.NULL : Json.createValue(h.scheduledAt().toString()))
        .add("mode", h.mode() == null ? JsonValue.NULL : Json.createValue(h.mode().name()))
        .add("place", str(h.place()))
        .add(
            "skipReason",
            h.skipReason() == null ? JsonValue.NULL : Json.createValue(h.skipReason().name()))
        .add("skipExplanation", str(h.skipExplanation()))
        .add("report", str(h.report()))
        .add("shortNoticeConsent", str(h.shortNoticeConsent()))
        .build();
  }

  private static Hearing readHearing(JsonObject o) {
    String at = text(o, "scheduledAt");
    String mode = text(o, "mode");
    String skip = text(o, "skipReason");
    return new Hearing(
        at == null ? null : LocalDateTime.parse(at),
        mode == null ? null : HearingMode.valueOf(mode),
        text(o, "place"),
        skip == null ? null : HearingSkipReason.valueOf(skip),
        text(o, "skipExplanation"),
        text(o, "report"),
        text(o, "shortNoticeConsent"));
  }

  private static JsonObject decision(ObjectionDecision d) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    for (GroundAnswer a : d.answers()) {
      answers.add(
          Json.createObjectBuilder()
              .add("ground", a.ground())
              .add("upheld", a.upheld())
              .add("reasons", a.reasons()));
    }
    CitizenEffect e = d.effect();
    return Json.createObjectBuilder()
        .add("outcome", d.outcome().name())
        .add("reasons", d.reasons())
        .add("answers", answers)
        .add(
            "legalReferences",
            strings(d.legalReferences().stream().map(LegalReference::toString).toList()))
        .add("caseLaw", strings(d.caseLaw().stream().map(Ecli::value).toList()))
        .add(
            "effect",
            Json.createObjectBuilder()
                .add(
                    "newAmountCents",
                    e.newAmount() == null
                        ? JsonValue.NULL
                        : Json.createValue(e.newAmount().cents()))
                .add("recoveryDropped", e.recoveryDropped())
                .add(
                    "amountAtStakeCents",
                    e.amountAtStake() == null
                        ? JsonValue.NULL
                        : Json.createValue(e.amountAtStake().cents()))
                .add("description", str(e.description())))
        .add(
            "hearingSkipReason",
            d.hearingSkipReason() == null
                ? JsonValue.NULL
                : Json.createValue(d.hearingSkipReason().name()))
        .add("preparedBy", d.preparedBy())
        .add("preparedOn", d.preparedOn().toString())
        .build();
  }

  private static ObjectionDecision readDecision(JsonObject o) {
    JsonObject e = o.getJsonObject("effect");
    String skip = text(o, "hearingSkipReason");
    return new ObjectionDecision(
        DecisionOutcome.valueOf(o.getString("outcome")),
        o.getString("reasons"),
        list(
            o.getJsonArray("answers"),
            v -> {
              JsonObject a = v.asJsonObject();
              return new GroundAnswer(
                  a.getString("ground"), a.getBoolean("upheld"), a.getString("reasons"));
            }),
        list(
            o.getJsonArray("legalReferences"),
            v -> LegalReference.parse(((jakarta.json.JsonString) v).getString())),
        list(o.getJsonArray("caseLaw"), v -> Ecli.parse(((jakarta.json.JsonString) v).getString())),
        new CitizenEffect(
            isNull(e, "newAmountCents")
                ? null
                : Money.ofCents(e.getJsonNumber("newAmountCents").longValueExact()),
            e.getBoolean("recoveryDropped"),
            isNull(e, "amountAtStakeCents")
                ? null
                : Money.ofCents(e.getJsonNumber("amountAtStakeCents").longValueExact()),
            text(e, "description")),
        skip == null ? null : HearingSkipReason.valueOf(skip),
        o.getString("preparedBy"),
        LocalDate.parse(o.getString("preparedOn")));
  }

  // ---- helpers
  // ---------------------------------------------------------------------------------------------------

  private static JsonValue str(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static JsonValue required(JsonObject o, String key) {
    if (isNull(o, key)) {
      throw new IllegalStateException(
          "stored objection document " + text(o, "id") + " has no '" + key + "'");
    }
    return o.get(key);
  }

  private static boolean isNull(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static String text(JsonObject o, String key) {
    return isNull(o, key) ? null : o.getString(key);
  }

  private static LocalDate date(JsonObject o, String key) {
    String t = text(o, key);
    return t == null ? null : LocalDate.parse(t);
  }

  private static <T> List<T> list(JsonArray array, Function<JsonValue, T> f) {
    List<T> out = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> out.add(f.apply(v)));
    }
    return out;
  }
}
