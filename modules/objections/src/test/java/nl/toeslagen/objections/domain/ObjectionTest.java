package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class ObjectionTest {

  private final ObjectionTerms terms =
      new ObjectionTerms(nl.toeslagen.kernel.LegalCalendar.standard());

  private Objection received(String receivedDate, String type) {
    ObjectionIntake.Raw r = ObjectionIntakeTest.raw();
    ObjectionIntake intake =
        ObjectionIntake.validate(
            new ObjectionIntake.Raw(
                r.bsn(),
                r.benefitType(),
                r.contestedReference(),
                type,
                r.contestedDate(),
                receivedDate,
                null,
                r.grounds(),
                r.channel()),
            parse("2024-12-31"));
    return Objection.receive(
        ObjectionId.of("0b5e6c1e-1111-4a4a-9b9b-0000000000aa"),
        new CaseNumber("BZ", 2024, 170),
        intake,
        false,
        terms,
        "behandelaar1");
  }

  private static List<GroundAnswer> rejectAll(Objection o) {
    return o.intake().grounds().stream()
        .map(g -> new GroundAnswer(g, false, "Niet juist omdat ..."))
        .toList();
  }

  @Test
  void intakeComputesTheObjectionTermAndTheDecisionDeadline() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    assertThat(o.objectionTermEnd()).isEqualTo(parse("2024-02-26"));
    assertThat(o.term().deadline()).isEqualTo(parse("2024-04-08"));
    assertThat(o.timeliness()).isEqualTo(Timeliness.IN_TIME);
    assertThat(o.stage()).isEqualTo(Stage.ADMISSIBILITY);
  }

  @Test
  void happyPathWithHearingAndFourEyesReviewEndsDecided() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    LocalDate today = parse("2024-02-12");
    assertThat(o.assessAdmissibility(Set.of(), null, today).outcome())
        .isEqualTo(AdmissibilityOutcome.ADMISSIBLE);
    o.recordContact(new ContactOutcome(today, true, "Hoorzitting gewenst", false, false));
    o.scheduleHearing(
        Hearing.scheduled(LocalDateTime.parse("2024-03-01T10:00"), HearingMode.VIDEO, "Teams"),
        today);
    o.recordHearingReport("Verslag", parse("2024-03-01"));
    boolean review =
        o.draftDecision(
                DecisionOutcome.ONGEGROND,
                "Motivering",
                rejectAll(o),
                List.of(Laws.awir("26")),
                List.of(),
                null,
                "behandelaar1",
                parse("2024-03-10"))
            .allowed();
    assertThat(review).isTrue();
    assertThat(o.stage()).isEqualTo(Stage.REVIEW);

    assertThatThrownBy(() -> o.review(Actor.of("behandelaar1", Role.VAKTECHNIEK), true, null))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(o.stage()).isEqualTo(Stage.REVIEW);

    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), true, null);
    o.markDecided(parse("2024-03-15"));
    assertThat(o.stage()).isEqualTo(Stage.DECIDED);
    assertThat(o.reviewedBy()).isEqualTo("vaktechniek1");
  }

  @Test
  void rejectedReviewGoesBackToDraftingWithRemarks() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    o.recordContact(new ContactOutcome(parse("2024-02-12"), false, null, false, false));
    o.skipHearing(Hearing.skipped(HearingSkipReason.C_AFSTAND_GEDAAN, "Schriftelijk afgezien"));
    o.draftDecision(
        DecisionOutcome.ONGEGROND,
        "Motivering",
        rejectAll(o),
        List.of(Laws.awir("26")),
        List.of(),
        null,
        "behandelaar1",
        parse("2024-03-10"));
    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), false, "Grond 1 beter motiveren");
    assertThat(o.stage()).isEqualTo(Stage.DRAFTING);
    assertThat(o.reviewRemarks()).isEqualTo("Grond 1 beter motiveren");
  }

  /** Drives a case to a first draft, the earlier steps taken by {@code worker}. */
  private Objection draftedBy(String worker) {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    LocalDate today = parse("2024-02-12");
    o.assessAdmissibility(Set.of(), null, today);
    o.recordStep(CaseStep.Kind.ADMISSIBILITY, worker, today);
    o.recordContact(new ContactOutcome(today, false, null, false, false));
    o.recordStep(CaseStep.Kind.CONTACT, worker, today);
    o.skipHearing(Hearing.skipped(HearingSkipReason.C_AFSTAND_GEDAAN, "Schriftelijk afgezien"));
    o.recordStep(CaseStep.Kind.HEARING_SKIPPED, worker, today);
    o.draftDecision(
        DecisionOutcome.ONGEGROND,
        "Motivering",
        rejectAll(o),
        List.of(Laws.awir("26")),
        List.of(),
        null,
        worker,
        parse("2024-03-10"));
    return o;
  }

  private void redraft(Objection o, String by) {
    o.draftDecision(
        DecisionOutcome.ONGEGROND,
        "Betere motivering",
        rejectAll(o),
        List.of(Laws.awir("26")),
        List.of(),
        null,
        by,
        parse("2024-03-12"));
  }

  @Test
  void thePreparerOfAnEarlierDraftMayNotApproveTheRedraftOfAColleague() {
    Objection o = draftedBy("behandelaar1");
    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), false, "Grond 1 beter motiveren");
    redraft(o, "behandelaar2");

    assertThatThrownBy(
            () ->
                o.review(Actor.of("behandelaar1", Role.BEHANDELAAR, Role.VAKTECHNIEK), true, null))
        .isInstanceOf(PolicyViolationException.class)
        .satisfies(
            e -> {
              PolicyViolationException p = (PolicyViolationException) e;
              assertThat(p.decision().policy()).isEqualTo(DecisionReviewPolicy.NAME);
              assertThat(p.decision().reasonEn()).contains("INTAKE").contains("DRAFT 1");
            });
    assertThat(o.stage()).isEqualTo(Stage.REVIEW);
    assertThat(o.reviewedBy()).isNull();
  }

  @Test
  void whoeverTookAnyEarlierStepOnTheCaseMayNotReviewIt() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    LocalDate today = parse("2024-02-12");
    o.assessAdmissibility(Set.of(), null, today);
    o.recordStep(CaseStep.Kind.ADMISSIBILITY, "toetser", today);
    o.recordContact(new ContactOutcome(today, false, null, false, false));
    o.recordStep(CaseStep.Kind.CONTACT, "beller", today);
    o.skipHearing(Hearing.skipped(HearingSkipReason.C_AFSTAND_GEDAAN, "Schriftelijk afgezien"));
    o.recordStep(CaseStep.Kind.HEARING_SKIPPED, "hoorder", today);
    o.draftDecision(
        DecisionOutcome.ONGEGROND,
        "Motivering",
        rejectAll(o),
        List.of(Laws.awir("26")),
        List.of(),
        null,
        "opsteller",
        parse("2024-03-10"));

    for (String earlier : List.of("behandelaar1", "toetser", "beller", "hoorder", "opsteller")) {
      assertThat(o.mayReview(earlier, Set.of(Role.VAKTECHNIEK)).allowed()).as(earlier).isFalse();
    }
    assertThat(o.mayReview("vaktechniek1", Set.of(Role.BEHANDELAAR)).allowed()).isFalse();
    assertThat(o.mayReview("vaktechniek1", Set.of(Role.VAKTECHNIEK)).allowed()).isTrue();
  }

  @Test
  void theReviewerWhoSentDraftOneBackMayReviewTheRedraft() {
    Objection o = draftedBy("behandelaar1");
    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), false, "Grond 1 beter motiveren");
    redraft(o, "behandelaar1");

    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), true, "Akkoord");

    assertThat(o.stage()).isEqualTo(Stage.SENDING);
    assertThat(o.steps())
        .filteredOn(s -> s.kind() == CaseStep.Kind.DRAFT)
        .extracting(CaseStep::draftVersion)
        .containsExactly(1, 2);
  }

  @Test
  void fullyGrantedDecisionSkipsReview() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    o.recordContact(
        new ContactOutcome(parse("2024-02-12"), true, "Gegrond na toelichting", false, true));
    o.skipHearing(
        Hearing.skipped(HearingSkipReason.E_VOLLEDIG_TEGEMOETGEKOMEN, "Volledig gegrond"));
    boolean review =
        o.draftDecision(
                DecisionOutcome.GEGROND,
                "Motivering",
                o.intake().grounds().stream().map(g -> new GroundAnswer(g, true, "Klopt")).toList(),
                List.of(Laws.awir("26")),
                List.of(),
                new CitizenEffect(null, true, Money.ofCents(800_00), "De terugvordering vervalt."),
                "behandelaar1",
                parse("2024-02-20"))
            .allowed();
    assertThat(review).isFalse();
    assertThat(o.stage()).isEqualTo(Stage.SENDING);
  }

  @Test
  void lateObjectionIsNotAdmissibleUnlessExcused() {
    Objection late = received("2024-03-04", "TERUGVORDERING");
    assertThat(late.timeliness()).isEqualTo(Timeliness.LATE);
    AdmissibilityAssessment a = late.assessAdmissibility(Set.of(), null, parse("2024-03-05"));
    assertThat(a.outcome()).isEqualTo(AdmissibilityOutcome.NOT_ADMISSIBLE);
    assertThat(late.stage()).isEqualTo(Stage.DRAFTING);
    assertThat(late.hearing().skipReason())
        .isEqualTo(HearingSkipReason.A_KENNELIJK_NIET_ONTVANKELIJK);

    Objection excused = received("2024-03-04", "TERUGVORDERING");
    excused.excuseLateness("Bezwaarmaker lag in het ziekenhuis");
    assertThat(excused.assessAdmissibility(Set.of(), null, parse("2024-03-05")).outcome())
        .isEqualTo(AdmissibilityOutcome.ADMISSIBLE);
  }

  @Test
  void repairRequestSuspendsTheDecisionTermUntilRepair() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    AdmissibilityAssessment a =
        o.assessAdmissibility(Set.of(Requirement.SIGNATURE), null, parse("2024-03-01"));
    assertThat(a.outcome()).isEqualTo(AdmissibilityOutcome.REPAIR_REQUIRED);
    assertThat(o.stage()).isEqualTo(Stage.AWAITING_REPAIR);
    assertThat(o.repair().dueDate()).isEqualTo(parse("2024-03-15"));

    o.endRepair(parse("2024-03-11"), Set.of(), parse("2024-03-12"), terms);
    assertThat(o.term().deadline()).isEqualTo(parse("2024-04-18"));
    assertThat(o.assessAdmissibility(Set.of(), null, parse("2024-03-12")).outcome())
        .isEqualTo(AdmissibilityOutcome.ADMISSIBLE);
  }

  @Test
  void unusedRepairPeriodLeadsToNotAdmissible() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    o.assessAdmissibility(Set.of(Requirement.GROUNDS), null, parse("2024-03-01"));
    assertThatThrownBy(() -> o.endRepair(null, null, parse("2024-03-15"), terms))
        .isInstanceOfSatisfying(PolicyViolationException.class, ObjectionTest::conflict);
    o.endRepair(null, null, parse("2024-03-16"), terms);
    assertThat(o.term().deadline()).isEqualTo(parse("2024-04-22"));
    assertThat(o.assessAdmissibility(o.missing(), null, parse("2024-03-16")).outcome())
        .isEqualTo(AdmissibilityOutcome.NOT_ADMISSIBLE);
  }

  @Test
  void noticeOfDefaultCountsOnlyAfterTheDeadlineAndOnce() {
    Objection o = received("2024-02-10", "DEFINITIEVE_TOEKENNING");
    assertThatThrownBy(() -> o.registerNoticeOfDefault(parse("2024-04-08"), parse("2024-04-10")))
        .isInstanceOf(PolicyViolationException.class);
    o.registerNoticeOfDefault(parse("2024-04-10"), parse("2024-04-10"));
    assertThatThrownBy(() -> o.registerNoticeOfDefault(parse("2024-04-11"), parse("2024-04-11")))
        .isInstanceOfSatisfying(PolicyViolationException.class, ObjectionTest::conflict);
    assertThat(o.penalty(parse("2024-05-14")).amount()).isEqualTo(Money.ofCents(30_00));
  }

  @Test
  void withdrawalClosesTheCaseAndBlocksFurtherWork() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    o.withdraw(parse("2024-02-15"), "Telefonisch ingetrokken na uitleg");
    assertThat(o.stage()).isEqualTo(Stage.WITHDRAWN);
    assertThatThrownBy(() -> o.extend(parse("2024-02-16"), "x", terms))
        .isInstanceOfSatisfying(PolicyViolationException.class, ObjectionTest::conflict);
    assertThatThrownBy(() -> o.assessAdmissibility(Set.of(), null, parse("2024-02-16")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void wrongOrderIsAConflict() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    assertThatThrownBy(() -> o.recordHearingReport("x", parse("2024-02-12")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void mementoRestoresTheSameCase() {
    Objection o = received("2024-02-10", "TERUGVORDERING");
    o.extend(parse("2024-03-01"), "drukte", terms);
    Objection copy = Objection.restore(o.memento());
    assertThat(copy.memento()).isEqualTo(o.memento());
    assertThat(copy.term().deadline()).isEqualTo(parse("2024-05-21"));
  }

  /** A refusal answered as 409, as the unnamed conflict it replaces was. */
  static void conflict(PolicyViolationException e) {
    assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
  }
}
