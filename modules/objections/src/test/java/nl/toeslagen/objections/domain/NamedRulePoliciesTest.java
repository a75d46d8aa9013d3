package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The legal rules that used to throw unnamed exceptions, now named policies with a basis. */
class NamedRulePoliciesTest {

  private static DecisionTerm term(boolean extended) {
    return new DecisionTerm(parse("2024-04-08"), parse("2024-04-08"), false, extended, List.of());
  }

  @Nested
  class TermChange {
    private final TermChangePolicy policy = new TermChangePolicy();

    @Test
    void extendsOnceBeforeTheDeadline() {
      PolicyDecision d = policy.mayExtend(term(false), parse("2024-04-08"));
      assertThat(d.allowed()).isTrue();
      assertThat(d.policy()).isEqualTo("TermChangePolicy");
      assertThat(d.basis().article()).isEqualTo("7:10");
    }

    @Test
    void refusesASecondExtensionNamingConsent() {
      PolicyDecision d = policy.mayExtend(term(true), parse("2024-04-01"));
      assertThat(d.refused()).isTrue();
      assertThat(d.reasonEn()).contains("consent");
    }

    @Test
    void refusesAChangeAfterTheDeadline() {
      assertThat(policy.mayPostpone(term(false), parse("2024-04-09")).reasonNl())
          .contains("2024-04-08");
      assertThat(policy.mayExtend(term(false), parse("2024-04-09")).refused()).isTrue();
    }

    @Test
    void anAgreedEndMustLieAfterTheDeadline() {
      assertThat(policy.agreedEnd(term(false), parse("2024-04-08")).refused()).isTrue();
      assertThat(policy.agreedEnd(term(false), null).refused()).isTrue();
      assertThat(policy.agreedEnd(term(false), parse("2024-04-09")).allowed()).isTrue();
    }
  }

  @Nested
  class OpenCase {
    @Test
    void aDecidedOrWithdrawnCaseIsClosed() {
      OpenCasePolicy policy = new OpenCasePolicy();
      assertThat(policy.evaluate(Stage.DRAFTING).allowed()).isTrue();
      assertThat(policy.evaluate(Stage.DECIDED).refused()).isTrue();
      assertThat(policy.evaluate(Stage.WITHDRAWN).basis().article()).isEqualTo("6:21");
    }

    @Test
    void withdrawingAClosedCaseIsAConflictNamingThePolicy() {
      Objection o = ObjectionFixtures.decided();
      assertThatThrownBy(() -> o.withdraw(parse("2024-06-01"), "Alsnog ingetrokken"))
          .isInstanceOfSatisfying(
              PolicyViolationException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
                assertThat(e.decision().policy()).isEqualTo("OpenCasePolicy");
              });
    }
  }

  @Nested
  class RepairPeriod {
    private final RepairPeriodPolicy policy = new RepairPeriodPolicy();
    private final RepairRequest repair =
        new RepairRequest(parse("2024-03-01"), parse("2024-03-15"), Set.of(Requirement.GROUNDS));

    @Test
    void anUnusedPeriodEndsOnlyAfterItsLastDay() {
      assertThat(policy.mayEndUnused(repair, parse("2024-03-15")).refused()).isTrue();
      assertThat(policy.mayEndUnused(repair, parse("2024-03-16")).allowed()).isTrue();
    }

    @Test
    void theRepairDateLiesBetweenTheRequestAndToday() {
      assertThat(policy.repairDate(repair, parse("2024-02-29"), parse("2024-03-10")).refused())
          .isTrue();
      assertThat(policy.repairDate(repair, parse("2024-03-11"), parse("2024-03-10")).refused())
          .isTrue();
      assertThat(policy.repairDate(repair, parse("2024-03-05"), parse("2024-03-10")).allowed())
          .isTrue();
    }

    @Test
    void aRepairDateOutsideTheRangeIsInvalidOnRepairedOn() {
      Objection o = ObjectionFixtures.received();
      o.assessAdmissibility(Set.of(Requirement.SIGNATURE), null, parse("2024-02-12"));
      assertThatThrownBy(
              () ->
                  o.endRepair(
                      parse("2024-02-20"), Set.of(), parse("2024-02-16"), ObjectionFixtures.TERMS))
          .isInstanceOfSatisfying(
              PolicyViolationException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
                assertThat(e.field()).isEqualTo("repairedOn");
              });
    }
  }

  @Nested
  class NoticeOfDefault {
    private final NoticeOfDefaultPolicy policy = new NoticeOfDefaultPolicy();

    @Test
    void oneNoticePerCase() {
      assertThat(policy.once(null).allowed()).isTrue();
      assertThat(policy.once(parse("2024-05-01")).reasonNl()).contains("2024-05-01");
      assertThat(policy.once(parse("2024-05-01")).refused()).isTrue();
    }

    @Test
    void theDayOfReceiptIsKnownAndNotInTheFuture() {
      assertThat(policy.receivedOn(null, parse("2024-05-01")).refused()).isTrue();
      assertThat(policy.receivedOn(parse("2024-05-02"), parse("2024-05-01")).refused()).isTrue();
      assertThat(policy.receivedOn(parse("2024-05-01"), parse("2024-05-01")).allowed()).isTrue();
    }

    @Test
    void aFutureNoticeIsInvalidOnReceivedOn() {
      Objection o = ObjectionFixtures.received();
      assertThatThrownBy(() -> o.registerNoticeOfDefault(parse("2024-06-02"), parse("2024-06-01")))
          .isInstanceOfSatisfying(
              PolicyViolationException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
                assertThat(e.field()).isEqualTo("receivedOn");
                assertThat(e.decision().policy()).isEqualTo("NoticeOfDefaultPolicy");
              });
    }
  }

  @Nested
  class HearingDate {
    @Test
    void aHearingIsPlannedTodayOrLaterButTodayOnlyWithTheObjectorsAgreement() {
      HearingDatePolicy policy = new HearingDatePolicy();
      assertThat(
              policy
                  .evaluate(LocalDateTime.parse("2024-03-01T09:00"), parse("2024-03-01"))
                  .allowed())
          .isFalse();
      assertThat(
              policy
                  .evaluate(LocalDateTime.parse("2024-03-01T09:00"), parse("2024-03-01"), "Akkoord")
                  .allowed())
          .isTrue();
      assertThat(
              policy
                  .evaluate(LocalDateTime.parse("2024-02-29T23:00"), parse("2024-03-01"))
                  .refused())
          .isTrue();
    }

    @Test
    void aHearingInThePastIsInvalidOnScheduledAt() {
      Objection o = ObjectionFixtures.received();
      o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
      o.recordContact(
          new ContactOutcome(parse("2024-02-12"), true, "Hoorzitting gewenst", false, false));
      Hearing past =
          Hearing.scheduled(LocalDateTime.parse("2024-02-01T10:00"), HearingMode.VIDEO, "Teams");
      assertThatThrownBy(() -> o.scheduleHearing(past, parse("2024-02-12")))
          .isInstanceOfSatisfying(
              PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("scheduledAt"));
    }
  }

  @Nested
  class DecisionReviewRequired {
    @Test
    void everyOutcomeButAFullGrantNeedsReviewAndSaysWhy() {
      DecisionReviewRequiredPolicy policy = new DecisionReviewRequiredPolicy();
      assertThat(policy.evaluate(DecisionOutcome.ONGEGROND).allowed()).isTrue();
      assertThat(policy.evaluate(DecisionOutcome.ONGEGROND).reasonNl()).contains("VAKTECHNIEK");
      assertThat(policy.evaluate(DecisionOutcome.GEGROND).allowed()).isFalse();
      assertThat(policy.evaluate(DecisionOutcome.INGETROKKEN).reasonEn()).contains("no review");
      assertThat(policy.evaluate(DecisionOutcome.GEGROND).policy())
          .isEqualTo("DecisionReviewRequiredPolicy");
    }
  }

  @Nested
  class OverdueReport {
    @Test
    void anOpenCaseIsReportedAgainEveryWeekAsAnIsoDuration() {
      OverdueReportPolicy policy = new OverdueReportPolicy();
      assertThat(policy.repeatAfter(Stage.DRAFTING)).isEqualTo("P7D");
      assertThat(policy.evaluate(Stage.DRAFTING).basis().article()).isEqualTo("4:17");
    }

    @Test
    void aClosedCaseIsNotReportedAgain() {
      OverdueReportPolicy policy = new OverdueReportPolicy();
      assertThat(policy.repeatAfter(Stage.DECIDED)).isNull();
      assertThat(policy.evaluate(Stage.WITHDRAWN).refused()).isTrue();
      assertThat(ObjectionFixtures.decided().overdueRepeatAfter()).isNull();
      assertThat(ObjectionFixtures.received().overdueRepeatAfter()).isEqualTo("P7D");
    }
  }

  @Nested
  class Timeliness_ {
    @Test
    void theAssessmentCarriesTheNamedDecision() {
      TimelinessAssessment a =
          ObjectionFixtures.TERMS.timeliness(parse("2024-01-15"), parse("2024-02-10"), null);
      assertThat(a.decision().policy()).isEqualTo("TimelinessPolicy");
      assertThat(a.decision().allowed()).isTrue();
    }
  }
}
