package nl.toeslagen.objections.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.documents.api.DutchDates;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.objections.domain.AddedGround;
import nl.toeslagen.objections.domain.BenefitType;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionDecision;
import nl.toeslagen.objections.domain.RepairRequest;
import nl.toeslagen.objections.domain.Requirement;
import nl.toeslagen.objections.domain.TermChange;
import nl.toeslagen.objections.domain.TermChangeKind;
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
  public static final String WITHDRAWAL_CONFIRMATION = "OBJECTION_WITHDRAWAL_CONFIRMATION";

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
        .reference(o.id().toString())
        .date(today)
        .subject(subject)
        .signatory("Team Bezwaar", "Dienst Toeslagen")
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
        .section(
            "Heeft u vragen?",
            "Bel de BelastingTelefoon: 0800 - 0543. Noem dan dit kenmerk: " + o.id() + ".")
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
                + o.id()
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
        changes.add("U hoeft het bedrag dat wij terugvroegen niet (helemaal) terug te betalen.");
      }
      if (dec.effect().description() != null && !dec.effect().description().isBlank()) {
        changes.add(dec.effect().description());
      }
      b.section(Letter.Section.builder("Wat verandert er voor u?").bullets(changes).build());
    }
    if (dec.hearingSkipReason() != null) {
      b.section("Waarom hebben wij u niet gehoord?", dec.hearingSkipReason().statementNl());
    }
    List<String> law = new ArrayList<>();
    dec.legalReferences().forEach(r -> law.add(r + " (" + r.url() + ")"));
    dec.caseLaw().forEach(e -> law.add(e.value()));
    b.section(Letter.Section.builder("Op welke regels baseren wij dit?").bullets(law).build());
    b.section("Bent u het niet eens met deze beslissing?", APPEAL_CLAUSE);
    return b.build();
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
                + " BelastingTelefoon: 0800 - 0543. Noem dan dit kenmerk: "
                + o.id()
                + ".")
        .build();
  }

  /** The event key of a term change: one letter per change. */
  public static String termChangeEvent(int index, TermChangeKind kind) {
    return "TERM_CHANGE:" + index + ":" + kind.name();
  }
}
