package nl.toeslagen.objections.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.toeslagen.documents.api.DutchDates;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.objections.domain.AddedGround;
import nl.toeslagen.objections.domain.BenefitType;
import nl.toeslagen.objections.domain.ContestedDecisionType;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingSkipReason;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionDecision;
import nl.toeslagen.objections.domain.PenaltyDecision;
import nl.toeslagen.objections.domain.RepairRequest;
import nl.toeslagen.objections.domain.Requirement;
import nl.toeslagen.objections.domain.TermChange;
import nl.toeslagen.objections.domain.TermChangeKind;
import nl.toeslagen.objections.domain.Timeliness;
import nl.toeslagen.objections.domain.Withdrawal;

/**
 * The wording of the objection letters, in plain Dutch (B1): short sentences, "u", what happens
 * next. Each method returns a {@link Letter}; the kind is also the document kind, the event key
 * makes a letter unique per event.
 */
public final class ObjectionLetters {

  public static final String ACKNOWLEDGEMENT = "OBJECTION_ACKNOWLEDGEMENT";
  public static final String REPAIR_REQUEST = "OBJECTION_REPAIR_REQUEST";
  public static final String HEARING_INVITATION = "OBJECTION_HEARING_INVITATION";
  public static final String TERM_CHANGE = "OBJECTION_TERM_CHANGE";
  public static final String DECISION = "OBJECTION_DECISION";
  public static final String PENALTY_DECISION = "OBJECTION_PENALTY_DECISION";

  /** The Dutch names of the regulations a letter may cite, by BWB id. */
  private static final Map<String, String> LAW_NAMES =
      Map.of(
          Laws.AWB, "de Algemene wet bestuursrecht",
          Laws.AWIR, "de Algemene wet inkomensafhankelijke regelingen",
          Laws.ALGEMENE_TERMIJNENWET, "de Algemene termijnenwet",
          Laws.WET_OP_DE_ZORGTOESLAG, "de Wet op de zorgtoeslag",
          Laws.WET_OP_DE_HUURTOESLAG, "de Wet op de huurtoeslag",
          Laws.WET_KINDEROPVANG, "de Wet kinderopvang",
          Laws.WET_OP_HET_KINDGEBONDEN_BUDGET, "de Wet op het kindgebonden budget",
          Laws.UAVG, "de Uitvoeringswet Algemene verordening gegevensbescherming");

  public static final String WITHDRAWAL_CONFIRMATION = "OBJECTION_WITHDRAWAL_CONFIRMATION";

  /** Every letter kind in plain Dutch, for the UI ({@code GET /api/labels}). */
  public static final Map<String, String> KINDS_NL =
      Map.of(
          ACKNOWLEDGEMENT, "Ontvangstbevestiging",
          REPAIR_REQUEST, "Verzoek om herstel",
          HEARING_INVITATION, "Uitnodiging hoorzitting",
          TERM_CHANGE, "Nieuwe beslistermijn",
          DECISION, "Beslissing op bezwaar",
          PENALTY_DECISION, "Beslissing over de dwangsom",
          WITHDRAWAL_CONFIRMATION, "Bevestiging intrekking");

  /** Where the documents of a case can be inspected before the hearing (Awb 7:4 lid 2). */
  public static final String DOCUMENTS_INSPECTION =
      "U kunt alle stukken over uw bezwaar vooraf inzien op het kantoor van Dienst Toeslagen."
          + " Maak daarvoor een afspraak via de BelastingTelefoon: 0800 - 0543. U kunt ook vragen"
          + " of wij u een kopie van de stukken sturen.";

  /** The appeal clause every decision carries. */
  public static final String APPEAL_CLAUSE =
      "Bent u het niet eens met deze beslissing? Dan kunt u beroep instellen bij de rechtbank. Dat moet binnen zes"
          + " weken na de datum van deze brief. Stuur dan een beroepschrift naar de rechtbank in het gebied waar u"
          + " woont. Of doe het digitaal via rechtspraak.nl. Stuur een kopie van deze brief mee.";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ObjectionLetters() {}

  private static Letter.Builder base(Objection o, String kind, String subject, LocalDate today) {
    return Letter.builder()
        .kind(kind)
        .reference(o.caseNumber().toString())
        .date(today)
        .subject(subject)
        .signatory("Team Bezwaar", "Dienst Toeslagen")
        .contact(
            "Heeft u nog vragen? Bel dan de BelastingTelefoon: "
                + Letter.PHONE
                + ". Bellen is gratis. Noem dan uw zaaknummer: "
                + o.caseNumber()
                + ".")
        .footer("Uw besluit: " + o.intake().contestedDecision().reference())
        .footer(
            "Algemene wet bestuursrecht (BWBR0005537); Algemene wet inkomensafhankelijke regelingen (BWBR0018472)");
  }

  static String benefit(BenefitType type) {
    return switch (type) {
      case HUURTOESLAG -> "huurtoeslag";
      case ZORGTOESLAG -> "zorgtoeslag";
      case KINDEROPVANGTOESLAG -> "kinderopvangtoeslag";
      case KINDGEBONDEN_BUDGET -> "kindgebonden budget";
    };
  }

  private static String d(LocalDate date) {
    return DutchDates.format(date);
  }

  public static Letter acknowledgement(Objection o, LocalDate today) {
    return base(o, ACKNOWLEDGEMENT, "Wij hebben uw bezwaar ontvangen", today)
        .section(
            null,
            "Op "
                + d(o.intake().receivedDate())
                + " hebben wij uw bezwaar ontvangen. Het gaat om ons besluit over uw "
                + benefit(o.intake().benefitType())
                + " van "
                + d(o.intake().contestedDecision().date())
                + ".")
        .section(
            "Wat gebeurt er nu?",
            "Een medewerker bekijkt uw bezwaar. Hij of zij belt u misschien om uw bezwaar te bespreken.",
            "U krijgt uiterlijk op " + d(o.term().deadline()) + " onze beslissing.")
        .build();
  }

  public static Letter repairRequest(Objection o, RepairRequest r, LocalDate today) {
    List<String> items = r.missing().stream().sorted().map(Requirement::nl).toList();
    return base(o, REPAIR_REQUEST, "Wij missen iets in uw bezwaar", today)
        .section(
            Letter.Section.builder(null)
                .paragraph("Wij hebben uw bezwaar ontvangen. Maar er ontbreekt iets. Wij missen:")
                .bullets(items)
                .build())
        .section(
            "Wat moet u doen?",
            "Stuur ons dit uiterlijk op "
                + d(r.dueDate())
                + ". Noem daarbij het kenmerk "
                + o.caseNumber()
                + ".",
            "Krijgen wij het niet op tijd? Dan kunnen wij uw bezwaar niet behandelen. U krijgt dan een beslissing"
                + " dat uw bezwaar niet-ontvankelijk is (artikel 6:6 Awb).")
        .section(
            "Wat betekent dit voor de beslistermijn?",
            "Zolang wij wachten, loopt de termijn voor onze beslissing niet door (artikel 7:10 lid 2 Awb).")
        .build();
  }

  public static Letter hearingInvitation(Objection o, Hearing h, LocalDate today) {
    String how =
        switch (h.mode()) {
          case OP_LOCATIE -> "Het gesprek is op dit adres: " + h.place() + ".";
          case TELEFONISCH -> "Wij bellen u op dit nummer: " + h.place() + ".";
          case VIDEO -> "Het gesprek is via video. U gebruikt deze link: " + h.place() + ".";
        };
    return base(o, HEARING_INVITATION, "Uitnodiging voor een gesprek over uw bezwaar", today)
        .section(
            null,
            "U heeft bezwaar gemaakt. Wij willen graag met u praten over uw bezwaar. Dat heet een hoorzitting.",
            "Het gesprek is op "
                + d(h.scheduledAt().toLocalDate())
                + " om "
                + TIME.format(h.scheduledAt())
                + " uur. "
                + how)
        .section(
            "Wat moet u doen?",
            "Kunt u niet op deze dag? Of wilt u geen gesprek? Bel ons dan zo snel mogelijk.",
            "U mag iemand meenemen, bijvoorbeeld een familielid of een adviseur.")
        .section("De stukken over uw bezwaar", documentsParagraphs(h, today))
        .footer("Artikel 7:2 Algemene wet bestuursrecht")
        .build();
  }

  public static Letter termChange(Objection o, TermChange change, LocalDate today) {
    String why =
        switch (change.kind()) {
          case EXTENSION ->
              "Wij hebben meer tijd nodig om over uw bezwaar te beslissen. Daarom stellen wij onze beslissing uit met"
                  + " zes weken (artikel 7:10 lid 3 Awb). De reden is: "
                  + change.reasons();
          case POSTPONEMENT_WITH_CONSENT ->
              "U heeft ermee ingestemd dat wij later beslissen (artikel 7:10 lid 4 Awb).";
          case SUSPENSION ->
              "Wij hebben op uw aanvulling gewacht. Die tijd telt niet mee (artikel 7:10 lid 2 Awb).";
        };
    return base(o, TERM_CHANGE, "Wij beslissen later over uw bezwaar", today)
        .section(
            null, why, "U krijgt onze beslissing nu uiterlijk op " + d(change.newDeadline()) + ".")
        .build();
  }

  public static Letter decision(Objection o, LocalDate today) {
    ObjectionDecision dec = o.decision();
    Letter.Builder b =
        base(o, DECISION, "Beslissing op uw bezwaar", today)
            .section(
                null,
                "U heeft bezwaar gemaakt tegen ons besluit over uw "
                    + benefit(o.intake().benefitType())
                    + " van "
                    + d(o.intake().contestedDecision().date())
                    + ". In deze brief leest u onze beslissing.")
            .section("Onze beslissing", outcomeText(dec.outcome()), dec.reasons());
    List<String> consequence = consequence(o, dec);
    if (!consequence.isEmpty()) {
      b.section("Wat betekent dit voor ons besluit?", consequence.toArray(String[]::new));
    }
    if (!dec.answers().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (GroundAnswer a : dec.answers()) {
        items.add(
            "U schreef: \""
                + a.ground()
                + "\". "
                + (a.upheld() ? "Hierin geven wij u gelijk. " : "Hierin geven wij u geen gelijk. ")
                + a.reasons());
      }
      b.section(Letter.Section.builder("Uw bezwaren en ons antwoord").bullets(items).build());
    }
    if (!o.addedGrounds().isEmpty()) {
      b.section(addedGroundsSection(o));
    }
    if (dec.effect().changesSomething()) {
      List<String> changes = new ArrayList<>();
      if (dec.effect().newAmount() != null) {
        changes.add("Het nieuwe bedrag is " + dec.effect().newAmount().formatted() + ".");
      }
      if (dec.effect().recoveryDropped()) {
        changes.add(
            dec.outcome() == DecisionOutcome.GEGROND
                ? "U hoeft het bedrag dat wij van u terugvroegen niet terug te betalen."
                : "U hoeft een deel van het bedrag dat wij van u terugvroegen niet terug te betalen.");
      }
      if (dec.effect().description() != null && !dec.effect().description().isBlank()) {
        changes.add(dec.effect().description());
      }
      b.section(Letter.Section.builder("Wat verandert er voor u?").bullets(changes).build());
    }
    if (dec.hearingSkipReason() != null) {
      b.section("Waarom hebben wij u niet gehoord?", hearingSkipped(dec.hearingSkipReason()));
    }
    List<String> law = new ArrayList<>();
    dec.legalReferences()
        .forEach(r -> law.add(capitalised(inWords(r)) + " (" + r + ", " + r.url() + ")"));
    dec.caseLaw().forEach(e -> law.add(e.value()));
    b.section(Letter.Section.builder("Op welke regels baseren wij dit?").bullets(law).build());
    b.section("Bent u het niet eens met deze beslissing?", APPEAL_CLAUSE);
    return b.build();
  }

  /**
   * The decision letter as {@link SendDecisionHandler} will send it, from the pending draft, marked
   * as a draft ({@link Letter#asDraft()}): for the reviewer and the drafter, never stored or sent.
   */
  public static Letter decisionPreview(Objection o, LocalDate today) {
    o.pendingDecision();
    return decision(o, today).asDraft();
  }

  static String outcomeText(DecisionOutcome outcome) {
    return switch (outcome) {
      case GEGROND -> "Uw bezwaar is gegrond. U krijgt gelijk.";
      case GEDEELTELIJK_GEGROND ->
          "Uw bezwaar is gedeeltelijk gegrond. U krijgt voor een deel gelijk.";
      case ONGEGROND -> "Uw bezwaar is ongegrond. Ons besluit blijft hetzelfde.";
      case NIET_ONTVANKELIJK ->
          "Uw bezwaar is niet-ontvankelijk. Dat betekent dat wij uw bezwaar niet inhoudelijk behandelen.";
      case INGETROKKEN -> "U heeft uw bezwaar ingetrokken.";
    };
  }

  /**
   * What the decision means for the contested decision (Awb 7:11): revoked and replaced when the
   * objection is upheld (fully or in part); the term end and the day of receipt when inadmissible;
   * the decision stands otherwise.
   */
  static List<String> consequence(Objection o, ObjectionDecision dec) {
    String contested =
        "ons besluit van "
            + d(o.intake().contestedDecision().date())
            + " (kenmerk "
            + o.intake().contestedDecision().reference()
            + ")";
    List<String> out = new ArrayList<>();
    switch (dec.outcome()) {
      case GEGROND, GEDEELTELIJK_GEGROND -> {
        out.add(
            "Wij herroepen "
                + contested
                + (dec.outcome() == DecisionOutcome.GEDEELTELIJK_GEGROND
                    ? " voor het deel waarin wij u gelijk geven. "
                    : ". ")
                + "Dat betekent dat wij het besluit intrekken. In de plaats daarvan nemen wij een nieuw"
                + " besluit: "
                + replacement(dec)
                + " (artikel 7:11 van de Algemene wet bestuursrecht).");
        if (dec.outcome() == DecisionOutcome.GEDEELTELIJK_GEGROND) {
          out.add("Voor het andere deel blijft ons besluit gelden.");
        }
      }
      case ONGEGROND -> {
        out.add(
            "Wij hebben ons besluit opnieuw bekeken. "
                + capitalised(contested)
                + " blijft gelden (artikel 7:11 van de Algemene wet bestuursrecht).");
        if (o.intake().contestedDecision().type() == ContestedDecisionType.TERUGVORDERING) {
          out.add("U moet het bedrag dat wij van u terugvragen dus nog steeds terugbetalen.");
        }
      }
      case NIET_ONTVANKELIJK -> {
        out.add(
            "De termijn om bezwaar te maken eindigde op "
                + d(o.objectionTermEnd())
                + ". Wij hebben uw bezwaar ontvangen op "
                + d(o.intake().receivedDate())
                + ".");
        if (o.timeliness() == Timeliness.LATE) {
          out.add(
              "Uw bezwaar is dus te laat. Wij hebben geen reden gevonden om dat te verontschuldigen"
                  + " (artikel 6:7 en 6:11 van de Algemene wet bestuursrecht).");
        }
        if (!o.missing().isEmpty()) {
          out.add(
              "In uw bezwaar ontbrak: "
                  + String.join(", ", o.missing().stream().sorted().map(Requirement::nl).toList())
                  + ". Dat hebben wij niet op tijd ontvangen (artikel 6:6 van de Algemene wet"
                  + " bestuursrecht).");
        }
        out.add(
            "Wij behandelen uw bezwaar daarom niet inhoudelijk. "
                + capitalised(contested)
                + " blijft gelden.");
      }
      case INGETROKKEN -> {}
    }
    return out;
  }

  /** What replaces the revoked decision, from the decision's effect. */
  private static String replacement(ObjectionDecision dec) {
    List<String> parts = new ArrayList<>();
    if (dec.effect().newAmount() != null) {
      parts.add("het bedrag wordt " + dec.effect().newAmount().formatted());
    }
    if (dec.effect().recoveryDropped()) {
      parts.add(
          dec.outcome() == DecisionOutcome.GEGROND
              ? "wij vorderen niets van u terug"
              : "wij vorderen minder van u terug");
    }
    return parts.isEmpty() ? "zie hieronder wat er voor u verandert" : String.join(" en ", parts);
  }

  /**
   * The sentence why the objector was not heard (Awb 7:3), in subordinate-clause word order (the
   * verb at the end).
   */
  static String hearingSkipped(HearingSkipReason reason) {
    return "Wij hebben u niet gehoord, omdat "
        + reason.clauseNl()
        + " (artikel 7:3, onder "
        + reason.letter()
        + ", van de Algemene wet bestuursrecht).";
  }

  /**
   * A legal reference in words, e.g. "artikel 16 van de Algemene wet inkomensafhankelijke
   * regelingen"; a regulation without a stored name is named by its BWB id.
   */
  static String inWords(LegalReference r) {
    String law = LAW_NAMES.getOrDefault(r.bwbId(), "regeling " + r.bwbId());
    return r.article() == null ? law : "artikel " + r.article() + " van " + law;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The decision setting the penalty for late decision (Awb 4:18): how it ran and the amount, or
   * why none is due (4:17 lid 6).
   */
  public static Letter penaltyDecision(Objection o, LocalDate today) {
    PenaltyDecision p = o.penaltyDecision();
    List<String> facts = new ArrayList<>();
    facts.add(
        "U heeft ons op "
            + d(o.noticeOfDefaultOn())
            + " in gebreke gesteld, omdat wij niet op tijd over uw bezwaar beslisten. De uiterste"
            + " beslisdatum was "
            + d(o.term().deadline())
            + "."
            + (o.closedOn() == null
                ? " Wij hebben nog niet over uw bezwaar beslist. De dwangsom heeft wel zijn maximum"
                    + " bereikt; daarom stellen wij hem nu vast. Wij beslissen zo snel mogelijk over"
                    + " uw bezwaar."
                : " Wij hebben op " + d(o.closedOn()) + " over uw bezwaar beslist."));
    Letter.Builder b =
        base(o, PENALTY_DECISION, "Beslissing over de dwangsom omdat wij te laat beslisten", today)
            .section(null, facts.toArray(String[]::new));
    if (p.finding() != null) {
      b.section(
          "Onze beslissing",
          "U krijgt geen dwangsom. Het bedrag is € 0,00.",
          "De reden is dat "
              + p.finding().nl()
              + ": "
              + p.findingReasons()
              + " Dan is geen dwangsom verschuldigd (artikel 4:17, zesde lid, van de Algemene wet"
              + " bestuursrecht).");
    } else {
      b.section(
          "Onze beslissing",
          "Wij stellen de dwangsom vast op " + p.amount().formatted() + ".",
          "De dwangsom liep van "
              + d(p.firstPenaltyDay())
              + " tot en met "
              + d(p.lastPenaltyDay())
              + ". Dat zijn "
              + p.fullWeeks()
              + " volle weken. Voor elke volle week is de dwangsom € 10,00, met een maximum van "
              + p.cap().formatted()
              + ".",
          p.amount().isZero()
              ? "De dwangsom liep geen volle week. Daarom is het bedrag € 0,00."
              : "Wij betalen u dit bedrag uit.");
    }
    b.section(
        Letter.Section.builder("Op welke regels baseren wij dit?")
            .bullets(
                List.of(
                    "Artikel 4:17 en 4:18 van de Algemene wet bestuursrecht (BWBR0005537)",
                    "Artikel 12 van de Algemene wet inkomensafhankelijke regelingen (BWBR0018472)"))
            .build());
    b.section(
        "Bent u het niet eens met deze beslissing?",
        "Dan kunt u beroep instellen bij de rechtbank. Dat moet binnen zes weken na de datum van deze"
            + " brief. Heeft u al beroep ingesteld tegen onze beslissing op uw bezwaar? Dan hoort"
            + " deze beslissing daar ook bij (artikel 4:19 van de Algemene wet bestuursrecht).");
    return b.build();
  }

  /**
   * The inspection of the documents and the last day for further documents (Awb 7:4 leden 1 en 2),
   * for the hearing invitation.
   */
  static String[] documentsParagraphs(Hearing h, LocalDate today) {
    LocalDate until = h.furtherDocumentsUntil();
    String further =
        until.isBefore(today)
            ? "Wilt u ons nog stukken sturen? Het gesprek is binnen tien dagen. Stuur ze dan zo snel"
                + " mogelijk, in ieder geval vóór het gesprek."
            : "Wilt u ons nog stukken sturen? Dat mag tot tien dagen voor het gesprek. Stuur ze dus"
                + " uiterlijk op "
                + d(until)
                + ".";
    return new String[] {
      DOCUMENTS_INSPECTION, further, "Dit staat in artikel 7:4 van de Algemene wet bestuursrecht."
    };
  }

  /** The grounds added after intake, with when and how they reached us. */
  static Letter.Section addedGroundsSection(Objection o) {
    List<String> items = new ArrayList<>();
    for (AddedGround g : o.addedGrounds()) {
      items.add(
          "Op "
              + d(g.receivedOn())
              + " ontvingen wij "
              + g.source().nl()
              + " deze grond: \""
              + g.text()
              + "\". Ons antwoord staat hierboven.");
    }
    return Letter.Section.builder("Gronden die u later heeft aangevuld")
        .paragraph(
            "U heeft na uw bezwaarschrift nog gronden aangevoerd. Wij hebben ook die beantwoord.")
        .bullets(items)
        .build();
  }

  /** Confirms a withdrawal by telephone (Awb 6:21), so that a misunderstanding can be corrected. */
  public static Letter withdrawalConfirmation(Objection o, LocalDate today) {
    Withdrawal w = o.withdrawal();
    LocalDate on = w == null ? today : w.receivedOn();
    return base(o, WITHDRAWAL_CONFIRMATION, "Bevestiging: u heeft uw bezwaar ingetrokken", today)
        .section(
            null,
            "Op "
                + d(on)
                + " heeft u ons telefonisch laten weten dat u uw bezwaar intrekt. Het gaat om uw"
                + " bezwaar tegen ons besluit over uw "
                + benefit(o.intake().benefitType())
                + " van "
                + d(o.intake().contestedDecision().date())
                + ". Met deze brief bevestigen wij dat.")
        .section(
            "Wat betekent dit?",
            "Wij behandelen uw bezwaar niet verder. Ons besluit blijft zoals het is. Uw bezwaar is"
                + " afgesloten (artikel 6:21 van de Algemene wet bestuursrecht).")
        .section(
            "Klopt dit niet?",
            "Heeft u uw bezwaar niet willen intrekken? Bel dan zo snel mogelijk de"
                + " BelastingTelefoon: "
                + Letter.PHONE
                + ". Noem dan uw zaaknummer: "
                + o.caseNumber()
                + ".")
        .build();
  }

  /** The event key of a term change: one letter per change. */
  public static String termChangeEvent(int index, TermChangeKind kind) {
    return "TERM_CHANGE:" + index + ":" + kind.name();
  }
}
