package nl.toeslagen.objections.application;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.objections.domain.CitizenEffect;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import org.junit.jupiter.api.Test;

/** The case view's {@code allowedActions} follow the stage and the domain's own policies. */
class ObjectionActionsTest {

  private static final Actor HANDLER = Actor.of("behandelaar1", Role.BEHANDELAAR);
  private static final Actor REVIEWER = Actor.of("vaktechniek1", Role.VAKTECHNIEK);

  @Test
  void eachStageOffersItsOwnStepPlusTheTermChangesNoticeWithdrawalAndAddedGrounds() {
    Objection o = ObjectionFixtures.received();
    assertThat(ObjectionActions.of(o, HANDLER, parse("2024-02-12")))
        .containsExactly(
            ObjectionActions.ADMISSIBILITY,
            ObjectionActions.EXTENSION,
            ObjectionActions.POSTPONEMENT,
            ObjectionActions.WITHDRAWAL,
            ObjectionActions.ADD_GROUND);
    // a notice of default only once the deadline has passed (Awb 4:17), and only once
    LocalDate afterTheDeadline = o.term().deadline().plusDays(1);
    assertThat(ObjectionActions.of(o, HANDLER, o.term().deadline()))
        .doesNotContain(ObjectionActions.NOTICE_OF_DEFAULT);
    assertThat(ObjectionActions.of(o, HANDLER, afterTheDeadline))
        .contains(ObjectionActions.NOTICE_OF_DEFAULT);
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    assertThat(ObjectionActions.of(o, HANDLER, parse("2024-02-12")))
        .contains(ObjectionActions.CONTACT)
        .doesNotContain(ObjectionActions.ADMISSIBILITY, ObjectionActions.DRAFT);
    o.recordContact(new ContactOutcome(parse("2024-02-13"), true, "Horen", false, false));
    assertThat(ObjectionActions.of(o, HANDLER, parse("2024-02-13")))
        .contains(ObjectionActions.HEARING, ObjectionActions.WAIVER)
        .doesNotContain(ObjectionActions.HEARING_REPORT);
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-03-01T10:30"), HearingMode.OP_LOCATIE, "Utrecht"),
        parse("2024-02-16"));
    assertThat(ObjectionActions.of(o, HANDLER, parse("2024-03-01")))
        .contains(ObjectionActions.HEARING_REPORT)
        .doesNotContain(ObjectionActions.HEARING, ObjectionActions.WAIVER);
  }

  @Test
  void onlyAReviewerWhoTookNoEarlierStepMayReviewAndAnExtendedTermIsNotExtendedAgain() {
    Objection o = inReview();
    assertThat(ObjectionActions.of(o, REVIEWER, parse("2024-03-21")))
        .contains(ObjectionActions.REVIEW)
        .doesNotContain(ObjectionActions.EXTENSION, ObjectionActions.DRAFT);
    assertThat(
            ObjectionActions.of(o, Actor.of("behandelaar1", Role.VAKTECHNIEK), parse("2024-03-21")))
        .doesNotContain(ObjectionActions.REVIEW);
    assertThat(ObjectionActions.of(o, HANDLER, parse("2024-03-21")))
        .doesNotContain(ObjectionActions.REVIEW);
    assertThat(ObjectionActions.of(o, null, parse("2024-03-21")))
        .doesNotContain(ObjectionActions.REVIEW);
  }

  @Test
  void aDecidedCaseOffersNothingButThePenaltyDecisionItStillOwes() {
    Objection o = ObjectionFixtures.decided();
    List<String> actions = ObjectionActions.of(o, HANDLER, parse("2024-06-30"));
    assertThat(actions)
        .doesNotContain(
            ObjectionActions.WITHDRAWAL,
            ObjectionActions.EXTENSION,
            ObjectionActions.NOTICE_OF_DEFAULT,
            ObjectionActions.ADD_GROUND);
    assertThat(actions.contains(ObjectionActions.PENALTY_DECISION))
        .isEqualTo(o.penaltyDecisionRequired(parse("2024-06-30")));
  }

  @Test
  void theDecisionLetterCanBePreviewedFromTheDraftUntilItIsSent() {
    Objection o = ObjectionFixtures.received();
    assertThat(ObjectionActions.of(o, HANDLER, parse("2024-02-12")))
        .doesNotContain(ObjectionActions.DECISION_LETTER_PREVIEW);
    Objection drafted = inReview();
    assertThat(ObjectionActions.of(drafted, REVIEWER, parse("2024-03-21")))
        .contains(ObjectionActions.REVIEW, ObjectionActions.DECISION_LETTER_PREVIEW);
    assertThat(ObjectionActions.of(drafted, HANDLER, parse("2024-03-21")))
        .contains(ObjectionActions.DECISION_LETTER_PREVIEW);
    assertThat(ObjectionActions.of(ObjectionFixtures.decided(), HANDLER, parse("2024-06-30")))
        .doesNotContain(ObjectionActions.DECISION_LETTER_PREVIEW);
  }

  @Test
  void theCaseViewCarriesTheActions() {
    Objection o = ObjectionFixtures.received();
    var view =
        ObjectionView.from(
            o,
            ObjectionFixtures.TERMS,
            parse("2024-02-12"),
            List.of(),
            ObjectionActions.of(o, HANDLER, parse("2024-02-12")));
    assertThat(view.allowedActions()).startsWith(ObjectionActions.ADMISSIBILITY);
    assertThat(
            ObjectionView.from(o, ObjectionFixtures.TERMS, parse("2024-02-12"), List.of())
                .allowedActions())
        .isEmpty();
  }

  @Test
  void anUnassignedTaskOfferedToTheViewersRoleCanBeClaimedAndAnotherUsersTaskOffersNoStep() {
    Objection o = ObjectionFixtures.received();
    LocalDate today = parse("2024-02-12");
    var free =
        new ObjectionActions.OpenTask(
            "t1", "AssessAdmissibilityTask", "Ontvankelijkheid", null, List.of("BEHANDELAAR"));
    assertThat(ObjectionActions.of(o, HANDLER, today, List.of(free)))
        .contains(ObjectionActions.ADMISSIBILITY, ObjectionActions.CLAIM);
    // not offered to the reviewer's role
    assertThat(ObjectionActions.of(o, REVIEWER, today, List.of(free)))
        .doesNotContain(ObjectionActions.CLAIM);
    var mine =
        new ObjectionActions.OpenTask(
            "t1", "AssessAdmissibilityTask", "Ontvankelijkheid", "behandelaar1", List.of());
    assertThat(ObjectionActions.of(o, HANDLER, today, List.of(mine)))
        .contains(ObjectionActions.ADMISSIBILITY)
        .doesNotContain(ObjectionActions.CLAIM);
    var theirs =
        new ObjectionActions.OpenTask(
            "t1", "AssessAdmissibilityTask", "Ontvankelijkheid", "behandelaar2", List.of());
    assertThat(ObjectionActions.of(o, HANDLER, today, List.of(theirs)))
        .doesNotContain(ObjectionActions.ADMISSIBILITY, ObjectionActions.CLAIM)
        .contains(ObjectionActions.EXTENSION, ObjectionActions.WITHDRAWAL);
  }

  @Test
  void theReviewTaskIsClaimableOnlyByAReviewerTheFourEyesRuleAllows() {
    Objection o = inReview();
    LocalDate today = parse("2024-03-21");
    var review =
        new ObjectionActions.OpenTask(
            "t9", ObjectionProcess.TASK_REVIEW, "Beoordelen", null, List.of("VAKTECHNIEK"));
    assertThat(ObjectionActions.of(o, REVIEWER, today, List.of(review)))
        .contains(ObjectionActions.REVIEW, ObjectionActions.CLAIM);
    assertThat(
            ObjectionActions.of(
                o, Actor.of("behandelaar1", Role.VAKTECHNIEK), today, List.of(review)))
        .doesNotContain(ObjectionActions.REVIEW, ObjectionActions.CLAIM);
  }

  private static Objection inReview() {
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    o.recordContact(new ContactOutcome(parse("2024-02-13"), true, "Horen", false, false));
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-03-01T10:30"), HearingMode.OP_LOCATIE, "Utrecht"),
        parse("2024-02-16"));
    o.recordHearingReport("Verslag van het gesprek", parse("2024-03-01"));
    o.extend(parse("2024-03-05"), "Advies vaktechniek nodig", ObjectionFixtures.TERMS);
    o.draftDecision(
        DecisionOutcome.GEDEELTELIJK_GEGROND,
        "Het inkomen is lager; de uren kloppen wel.",
        List.of(
            new GroundAnswer("Inkomen te hoog", true, "Uw inkomen is lager."),
            new GroundAnswer("Uren opvang kloppen niet", false, "De uren komen uit het contract.")),
        List.of(Laws.awir("16"), Laws.awb("7:12")),
        List.of(Ecli.parse("ECLI:NL:RVS:2021:2036")),
        new CitizenEffect(
            Money.ofCents(4_250_00), false, Money.ofCents(640_00), "U krijgt € 640,00 nabetaald."),
        "behandelaar1",
        parse("2024-03-20"));
    return o;
  }
}
