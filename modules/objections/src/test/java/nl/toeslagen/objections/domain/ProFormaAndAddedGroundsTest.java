package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9 rule 2 (Awb 6:5, 6:6, 7:2, 7:11): an objection without grounds is registered; the missing
 * grounds are a requirement to repair; grounds added later (after repair, at the hearing, in
 * writing) are kept with date and source, must each be answered in the decision and are refused
 * once the decision is sent.
 */
class ProFormaAndAddedGroundsTest {

  private static final ObjectionTerms TERMS = ObjectionFixtures.TERMS;

  /** Received Wednesday 22 April 2026, the week before King's Day, without grounds. */
  static Objection proForma() {
    ObjectionIntake intake =
        ObjectionIntake.validate(
            new ObjectionIntake.Raw(
                "111222333",
                "ZORGTOESLAG",
                "TS-2026-0042",
                "TERUGVORDERING",
                "2026-04-08",
                "2026-04-22",
                null,
                List.of(),
                "DIGITAAL"),
            parse("2026-04-22"));
    return Objection.receive(
        ObjectionId.of("0b5e6c1e-1111-4a4a-9b9b-0000000000f0"),
        new nl.toeslagen.kernel.CaseNumber("BZ", 2026, 240),
        intake,
        false,
        TERMS,
        "behandelaar1");
  }

  @Test
  void anObjectionWithoutGroundsIsRegisteredAndItsGroundsAreARequirementToRepair() {
    Objection o = proForma();
    assertThat(o.stage()).isEqualTo(Stage.ADMISSIBILITY);
    assertThat(o.grounds()).isEmpty();
    assertThat(new ProFormaObjectionPolicy().evaluate(o.grounds()).reasonEn())
        .contains("pro forma");
    // the handler ticked nothing: the missing grounds are added by the policy
    AdmissibilityAssessment a =
        o.assessAdmissibility(Set.of(), parse("2026-05-11"), parse("2026-04-24"));
    assertThat(a.outcome()).isEqualTo(AdmissibilityOutcome.REPAIR_REQUIRED);
    assertThat(o.stage()).isEqualTo(Stage.AWAITING_REPAIR);
    assertThat(o.repair().missing()).containsExactly(Requirement.GROUNDS);
    assertThat(o.repair().dueDate()).isEqualTo(parse("2026-05-11"));
  }

  @Test
  void groundsSentAfterTheRepairRequestRepairTheObjection() {
    Objection o = proForma();
    o.assessAdmissibility(Set.of(), parse("2026-05-11"), parse("2026-04-24"));
    // received on King's Day 2026 (Monday 27 April), recorded the next day
    o.addGround(
        "Mijn inkomen is te hoog vastgesteld",
        parse("2026-04-27"),
        GroundSource.AFTER_REPAIR,
        "behandelaar1",
        parse("2026-04-28"));
    o.endRepair(parse("2026-04-27"), Set.of(), parse("2026-04-28"), TERMS);
    assertThat(o.missing()).isEmpty();
    assertThat(o.assessAdmissibility(Set.of(), null, parse("2026-04-28")).outcome())
        .isEqualTo(AdmissibilityOutcome.ADMISSIBLE);
    assertThat(o.grounds()).containsExactly("Mijn inkomen is te hoog vastgesteld");
    assertThat(o.addedGrounds())
        .containsExactly(
            new AddedGround(
                "Mijn inkomen is te hoog vastgesteld",
                parse("2026-04-27"),
                GroundSource.AFTER_REPAIR,
                "behandelaar1",
                parse("2026-04-28")));
  }

  @Test
  void aRepairWithoutAnyGroundLeavesTheGroundsMissingWhateverTheHandlerTicked() {
    Objection o = proForma();
    o.assessAdmissibility(Set.of(), parse("2026-05-11"), parse("2026-04-24"));
    o.endRepair(parse("2026-04-27"), Set.of(), parse("2026-04-28"), TERMS);
    assertThat(o.missing()).containsExactly(Requirement.GROUNDS);
  }

  @ParameterizedTest(
      name = "{0} received {1} (objection {2}, today {3}, repair {4}, hearing {5}) -> {6}")
  @CsvSource({
    // written: any day from the objection up to today (King's Day 2026 included)
    "WRITTEN,      2026-04-22, 2026-04-22, 2026-04-28, ,           ,           -",
    "WRITTEN,      2026-04-21, 2026-04-22, 2026-04-28, ,           ,           receivedOn",
    "WRITTEN,      2026-04-29, 2026-04-22, 2026-04-28, ,           ,           receivedOn",
    "WRITTEN,      2026-04-27, 2026-04-22, 2026-04-28, ,           ,           -",
    // after repair: needs a repair request and a date on or after it
    "AFTER_REPAIR, 2026-04-27, 2026-04-22, 2026-04-28, ,           ,           source",
    "AFTER_REPAIR, 2026-04-23, 2026-04-22, 2026-04-28, 2026-04-24, ,           receivedOn",
    "AFTER_REPAIR, 2026-04-24, 2026-04-22, 2026-04-28, 2026-04-24, ,           -",
    // at the hearing: needs a planned hearing and a date on or after its day (King's Day 2027)
    "HEARING,      2027-04-27, 2027-04-01, 2027-04-28, ,           ,           source",
    "HEARING,      2027-04-26, 2027-04-01, 2027-04-28, ,           2027-04-27, receivedOn",
    "HEARING,      2027-04-27, 2027-04-01, 2027-04-28, ,           2027-04-27, -",
    // a hearing over Christmas 2025, the ground recorded in the new year
    "HEARING,      2025-12-29, 2025-12-01, 2026-01-02, ,           2025-12-29, -",
    "WRITTEN,      2026-01-03, 2025-12-01, 2026-01-02, ,           ,           receivedOn",
  })
  void anAddedGroundNeedsAPlausibleDateForItsSource(
      GroundSource source,
      LocalDate receivedOn,
      LocalDate objectionReceived,
      LocalDate today,
      LocalDate repairRequested,
      LocalDate hearingDay,
      String refusedField) {
    RepairRequest repair =
        repairRequested == null
            ? null
            : new RepairRequest(
                repairRequested, repairRequested.plusDays(14), Set.of(Requirement.GROUNDS));
    Hearing hearing =
        hearingDay == null
            ? null
            : Hearing.scheduled(hearingDay.atTime(10, 0), HearingMode.OP_LOCATIE, "Utrecht");
    RuleVerdict v =
        new AddedGroundPolicy()
            .evaluate(
                "Nieuwe grond",
                receivedOn,
                source,
                List.of("Eerdere grond"),
                objectionReceived,
                repair,
                hearing,
                today);
    assertThat(v.decision().policy()).isEqualTo("AddedGroundPolicy");
    if (refusedField.equals("-")) {
      assertThat(v.decision().allowed()).as(v.decision().reasonEn()).isTrue();
    } else {
      assertThat(v.decision().refused()).isTrue();
      assertThat(v.field()).isEqualTo(refusedField);
    }
  }

  @ParameterizedTest(name = "a ground can be added in stage {0}")
  @EnumSource(
      value = Stage.class,
      names = {"ADMISSIBILITY", "AWAITING_REPAIR", "CONTACT", "HEARING", "DRAFTING"})
  void aGroundCanBeAddedUntilADecisionIsDrafted(Stage stage) {
    assertThat(new AddedGroundPolicy().mayAdd(stage).allowed()).isTrue();
  }

  @ParameterizedTest(name = "no ground can be added in stage {0}")
  @EnumSource(
      value = Stage.class,
      names = {"REVIEW", "SENDING", "DECIDED", "WITHDRAWN"})
  void noGroundCanBeAddedOnceADecisionIsReadyOrTheCaseClosed(Stage stage) {
    assertThat(new AddedGroundPolicy().mayAdd(stage).refused()).isTrue();
  }

  @Test
  void aGroundAddedAfterTheDecisionWasSentIsAConflict() {
    Objection o = ObjectionFixtures.decided();
    assertThatThrownBy(
            () ->
                o.addGround(
                    "Te laat", parse("2024-05-28"), GroundSource.WRITTEN, "b", parse("2024-05-29")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
              assertThat(e.decision().policy()).isEqualTo("AddedGroundPolicy");
            });
    assertThat(o.addedGrounds()).isEmpty();
  }

  @Test
  void aDuplicateOrATwentyFirstGroundIsRefusedOnText() {
    Objection o = ObjectionFixtures.received(); // two grounds
    assertThatThrownBy(
            () ->
                o.addGround(
                    "Inkomen te hoog",
                    parse("2024-02-12"),
                    GroundSource.WRITTEN,
                    "b",
                    parse("2024-02-12")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("text"));
    for (int i = 3; i <= AddedGroundPolicy.MAX_GROUNDS; i++) {
      o.addGround(
          "Grond " + i, parse("2024-02-12"), GroundSource.WRITTEN, "b", parse("2024-02-12"));
    }
    assertThat(o.grounds()).hasSize(AddedGroundPolicy.MAX_GROUNDS);
    assertThatThrownBy(
            () ->
                o.addGround(
                    "Grond 21",
                    parse("2024-02-12"),
                    GroundSource.WRITTEN,
                    "b",
                    parse("2024-02-12")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("text"));
  }

  @Test
  void aDraftThatLeavesAnAddedGroundUnansweredIsInvalidOnAnswers() {
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    o.recordContact(new ContactOutcome(parse("2024-02-12"), true, "Hoorzitting", false, false));
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-03-01T10:30"), HearingMode.OP_LOCATIE, "Utrecht"),
        parse("2024-02-16"));
    o.addGround(
        "De opvang was gesloten in de zomer",
        parse("2024-03-01"),
        GroundSource.HEARING,
        "behandelaar1",
        parse("2024-03-01"));
    o.recordHearingReport("Verslag", parse("2024-03-01"));
    List<GroundAnswer> intakeOnly =
        o.intake().grounds().stream().map(g -> new GroundAnswer(g, false, "Niet juist")).toList();
    assertThatThrownBy(
            () ->
                o.draftDecision(
                    DecisionOutcome.ONGEGROND,
                    "Motivering",
                    intakeOnly,
                    List.of(Laws.awir("16")),
                    List.of(),
                    null,
                    "behandelaar1",
                    parse("2024-03-04")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("answers");
              assertThat(e.decision().policy()).isEqualTo("DecisionReasoningPolicy");
            });
    assertThat(o.stage()).isEqualTo(Stage.DRAFTING);
    List<GroundAnswer> all = new ArrayList<>(intakeOnly);
    all.add(new GroundAnswer("De opvang was gesloten in de zomer", false, "De opvang was open."));
    o.draftDecision(
        DecisionOutcome.ONGEGROND,
        "Motivering",
        all,
        List.of(Laws.awir("16")),
        List.of(),
        null,
        "behandelaar1",
        parse("2024-03-04"));
    assertThat(o.stage()).isEqualTo(Stage.REVIEW);
    // while the draft is with the reviewer no ground can be added; after rejection it can
    assertThatThrownBy(
            () ->
                o.addGround(
                    "Nog een", parse("2024-03-04"), GroundSource.WRITTEN, "b", parse("2024-03-04")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));
    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), false, "Nieuwe grond ontvangen");
    o.addGround("Nog een", parse("2024-03-04"), GroundSource.WRITTEN, "b", parse("2024-03-05"));
    assertThat(o.grounds()).hasSize(4);
  }

  @Test
  void addedGroundsAndTheWithdrawalSurviveTheMemento() {
    Objection o = proForma();
    o.addGround(
        "Schriftelijk", parse("2026-04-23"), GroundSource.WRITTEN, "b", parse("2026-04-24"));
    o.withdraw(WithdrawalChannel.WRITTEN, parse("2026-04-27"), "Brief", parse("2026-04-28"));
    Objection copy = Objection.restore(o.memento());
    assertThat(copy.addedGrounds()).isEqualTo(o.addedGrounds());
    assertThat(copy.withdrawal()).isEqualTo(o.withdrawal());
    assertThat(copy.grounds()).containsExactly("Schriftelijk");
  }
}
