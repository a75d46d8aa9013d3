package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.Role;

/** Objections in various stages, for tests of other layers. */
public final class ObjectionFixtures {

  public static final ObjectionTerms TERMS = new ObjectionTerms(LegalCalendar.standard());

  private ObjectionFixtures() {}

  public static Objection received() {
    ObjectionIntake intake =
        ObjectionIntake.validate(
            new ObjectionIntake.Raw(
                "111222333",
                "KINDEROPVANGTOESLAG",
                "TS-2024-0001",
                "DEFINITIEVE_TOEKENNING",
                "2024-01-15",
                "2024-02-10",
                "2024-02-08",
                List.of("Inkomen te hoog", "Uren opvang kloppen niet"),
                "POST"),
            parse("2024-12-31"));
    return Objection.receive(
        ObjectionId.of("0b5e6c1e-1111-4a4a-9b9b-000000000001"),
        new CaseNumber("BZ", 2024, 1),
        intake,
        false,
        TERMS,
        "behandelaar1");
  }

  /** Heard, extended, partly granted, reviewed and decided. */
  public static Objection decided() {
    Objection o = drafted();
    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), true, "Akkoord");
    o.registerNoticeOfDefault(parse("2024-05-27"), parse("2024-05-27"));
    o.markDecided(parse("2024-05-28"));
    return o;
  }

  /** Heard, extended, the decision (partly granted) drafted and waiting for review. */
  public static Objection drafted() {
    Objection o = received();
    o.assessAdmissibility(Set.of(Requirement.SIGNATURE), null, parse("2024-02-12"));
    o.endRepair(parse("2024-02-15"), Set.of(), parse("2024-02-16"), TERMS);
    o.assessAdmissibility(Set.of(), null, parse("2024-02-16"));
    o.recordContact(
        new ContactOutcome(parse("2024-02-16"), true, "Hoorzitting gewenst", false, false));
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-03-01T10:30"), HearingMode.OP_LOCATIE, "Utrecht"),
        parse("2024-02-16"));
    o.recordHearingReport("Verslag van het gesprek", parse("2024-03-01"));
    o.extend(parse("2024-03-05"), "Advies vaktechniek nodig", TERMS);
    o.draftDecision(
        DecisionOutcome.GEDEELTELIJK_GEGROND,
        "Het inkomen is lager; de uren kloppen wel.",
        List.of(
            new GroundAnswer(
                "Inkomen te hoog", true, "Volgens de Belastingdienst is uw inkomen lager."),
            new GroundAnswer(
                "Uren opvang kloppen niet", false, "De opvanguren komen uit het contract.")),
        List.of(Laws.awir("16"), Laws.awb("7:12")),
        List.of(Ecli.parse("ECLI:NL:RVS:2021:2036")),
        new CitizenEffect(
            Money.ofCents(4_250_00), false, Money.ofCents(640_00), "U krijgt € 640,00 nabetaald."),
        "behandelaar1",
        parse("2024-03-20"));
    return o;
  }
}
