package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectionTermsTest {

  private final ObjectionTerms terms = new ObjectionTerms(LegalCalendar.standard());

  @Nested
  class ObjectionTerm {

    @Test
    void startsTheDayAfterTheDagtekening() {
      assertThat(terms.objectionTermStart(parse("2024-01-15"))).isEqualTo(parse("2024-01-16"));
    }

    @ParameterizedTest(name = "dagtekening {0} -> last day to object {1} ({2})")
    @CsvSource({
      "2024-01-15, 2024-02-26, plain Monday: six weeks later",
      "2024-02-19, 2024-04-02, Easter Monday 2024 moves the end to Tuesday",
      "2025-04-17, 2025-06-02, Ascension Day 2025 and the equated Friday move the end past the weekend",
      "2024-11-13, 2024-12-27, Christmas and Boxing Day 2024 move the end to Friday",
      "2025-11-20, 2026-01-05, New Year's Day 2026 and the equated Friday 2 January",
      "2023-03-24, 2023-05-08, Liberation Day 5 May 2023 (a Friday)",
      "2027-04-05, 2027-05-18, Whit Monday 2027",
      "2024-03-16, 2024-04-29, Saturday end moves to Monday",
    })
    void endsSixWeeksAfterTheDagtekeningMovedPastWeekendsAndHolidays(
        LocalDate dagtekening, LocalDate expectedEnd, String why) {
      assertThat(terms.objectionTermEnd(dagtekening)).as(why).isEqualTo(expectedEnd);
    }
  }

  @Nested
  class Timeliness_ {

    @Test
    void isInTimeOnTheLastDayMovedByTheAlgemeneTermijnenwet() {
      TimelinessAssessment a = terms.timeliness(parse("2025-04-17"), parse("2025-06-02"), null);
      assertThat(a.timeliness()).isEqualTo(Timeliness.IN_TIME);
      assertThat(a.termEnd()).isEqualTo(parse("2025-06-02"));
      assertThat(a.timely()).isTrue();
    }

    @Test
    void isLateTheDayAfterTheTermWithoutPostmark() {
      TimelinessAssessment a = terms.timeliness(parse("2025-04-17"), parse("2025-06-03"), null);
      assertThat(a.timeliness()).isEqualTo(Timeliness.LATE);
      assertThat(a.timely()).isFalse();
      assertThat(a.reasonNl()).contains("te laat").contains("2025-06-02");
      assertThat(a.basis().article()).isEqualTo("6:7");
    }

    @Test
    void isInTimeWhenReceivedOnTheDagtekeningItselfBecauseTheDecisionExisted() {
      assertThat(terms.timeliness(parse("2024-01-15"), parse("2024-01-15"), null).timeliness())
          .isEqualTo(Timeliness.IN_TIME);
    }

    @Test
    void postedObjectionIsInTimeWhenPostmarkedInTermAndReceivedWithinAWeek() {
      TimelinessAssessment a =
          terms.timeliness(parse("2025-04-17"), parse("2025-06-09"), parse("2025-06-02"));
      assertThat(a.timeliness()).isEqualTo(Timeliness.POSTED_IN_TIME);
      assertThat(a.basis().article()).isEqualTo("6:9");
    }

    @Test
    void postedObjectionIsLateWhenReceivedMoreThanAWeekAfterTheTerm() {
      assertThat(
              terms
                  .timeliness(parse("2025-04-17"), parse("2025-06-10"), parse("2025-06-02"))
                  .timeliness())
          .isEqualTo(Timeliness.LATE);
    }

    @Test
    void postedObjectionIsLateWhenPostmarkedAfterTheTerm() {
      assertThat(
              terms
                  .timeliness(parse("2025-04-17"), parse("2025-06-04"), parse("2025-06-03"))
                  .timeliness())
          .isEqualTo(Timeliness.LATE);
    }

    @Test
    void postmarkDoesNotMatterWhenReceivedInTime() {
      assertThat(
              terms
                  .timeliness(parse("2024-01-15"), parse("2024-02-20"), parse("2024-02-19"))
                  .timeliness())
          .isEqualTo(Timeliness.IN_TIME);
    }
  }

  @Nested
  class DecisionTerm_ {

    @ParameterizedTest(
        name = "dagtekening {0}: objection term {1}, decision {2}, committee {3}, extended {4}")
    @CsvSource({
      "2024-01-15, 2024-02-26, 2024-04-08, 2024-05-21, 2024-05-21",
      "2025-04-17, 2025-06-02, 2025-07-14, 2025-08-25, 2025-08-25",
      "2024-11-13, 2024-12-27, 2025-02-07, 2025-03-21, 2025-03-21",
    })
    void isSixWeeksAfterTheObjectionTermTwelveWithCommitteeAndSixMoreWhenExtended(
        LocalDate dagtekening,
        LocalDate objectionTermEnd,
        LocalDate deadline,
        LocalDate committeeDeadline,
        LocalDate extended) {
      assertThat(terms.objectionTermEnd(dagtekening)).isEqualTo(objectionTermEnd);
      assertThat(terms.decisionDeadline(dagtekening, false)).isEqualTo(deadline);
      assertThat(terms.decisionDeadline(dagtekening, true)).isEqualTo(committeeDeadline);
      assertThat(terms.extendedDecisionDeadline(dagtekening, false)).isEqualTo(extended);
    }

    @Test
    void isTwelveWeeksWithAdvisoryCommitteeMovedPastWhitMonday() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, true);
      assertThat(term.nominalEnd()).isEqualTo(parse("2024-05-20"));
      assertThat(term.deadline()).isEqualTo(parse("2024-05-21"));
      assertThat(term.advisoryCommittee()).isTrue();
    }

    @Test
    void countsFromReceiptForALateObjection() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-03-04"), Timeliness.LATE, false);
      assertThat(term.deadline()).isEqualTo(parse("2024-04-15"));
    }

    @Test
    void extensionAddsSixWeeksToTheNominalEndOnce() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      DecisionTerm extended =
          terms.extend(term, parse("2024-04-01"), "Advies van de vaktechniek nodig");
      assertThat(extended.deadline()).isEqualTo(parse("2024-05-21"));
      assertThat(extended.extended()).isTrue();
      assertThat(extended.changes())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.kind()).isEqualTo(TermChangeKind.EXTENSION);
                assertThat(c.previousDeadline()).isEqualTo(parse("2024-04-08"));
                assertThat(c.newDeadline()).isEqualTo(parse("2024-05-21"));
                assertThat(c.reasons()).isEqualTo("Advies van de vaktechniek nodig");
              });
    }

    @Test
    void extensionMayBeRecordedOnTheLastDay() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThat(terms.extend(term, parse("2024-04-08"), "drukte").deadline())
          .isEqualTo(parse("2024-05-21"));
    }

    @Test
    void extensionIsRefusedAfterTheDeadline() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThatThrownBy(() -> terms.extend(term, parse("2024-04-09"), "te laat"))
          .isInstanceOfSatisfying(PolicyViolationException.class, ObjectionTest::conflict)
          .hasMessageContaining("2024-04-08");
    }

    @Test
    void secondExtensionIsRefused() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      DecisionTerm once = terms.extend(term, parse("2024-04-01"), "eerste keer");
      assertThatThrownBy(() -> terms.extend(once, parse("2024-04-02"), "tweede keer"))
          .isInstanceOfSatisfying(PolicyViolationException.class, ObjectionTest::conflict)
          .hasMessageContaining("consent");
    }

    @Test
    void extensionWithoutReasonsIsRefusedNamingTheField() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThatThrownBy(() -> terms.extend(term, parse("2024-04-01"), " "))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("reasons"));
    }

    @Test
    void furtherPostponementWithConsentMovesTheDeadlineToTheAgreedDatePastTheWeekend() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      DecisionTerm extended = terms.extend(term, parse("2024-04-01"), "complex");
      DecisionTerm postponed =
          terms.postponeWithConsent(
              extended,
              parse("2024-05-15"),
              parse("2024-06-15"),
              "Telefonisch akkoord van bezwaarmaker op 15 mei");
      assertThat(postponed.deadline()).isEqualTo(parse("2024-06-17"));
      assertThat(postponed.changes()).hasSize(2);
      assertThat(postponed.changes().get(1).kind())
          .isEqualTo(TermChangeKind.POSTPONEMENT_WITH_CONSENT);
    }

    @Test
    void postponementWithoutRecordedConsentIsRefused() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThatThrownBy(
              () -> terms.postponeWithConsent(term, parse("2024-04-01"), parse("2024-06-01"), null))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.field()).isEqualTo("consent"));
    }

    @Test
    void postponementMustGoBeyondTheCurrentDeadline() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThatThrownBy(
              () ->
                  terms.postponeWithConsent(
                      term, parse("2024-04-01"), parse("2024-04-05"), "akkoord"))
          .isInstanceOfSatisfying(
              PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("newDeadline"));
    }

    @Test
    void suspensionForRepairMovesTheDeadlineByTheDaysFromTheDayAfterTheRequestUntilRepair() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      DecisionTerm suspended =
          terms.suspend(term, parse("2024-02-27"), parse("2024-03-01"), parse("2024-03-11"));
      assertThat(ObjectionTerms.suspendedDays(parse("2024-03-01"), parse("2024-03-11")))
          .isEqualTo(10);
      assertThat(suspended.deadline()).isEqualTo(parse("2024-04-18"));
      assertThat(suspended.changes().get(0).kind()).isEqualTo(TermChangeKind.SUSPENSION);
    }

    @Test
    void suspensionLastsTheWholeRepairPeriodWhenItLapsesUnused() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThat(
              terms
                  .suspend(term, parse("2024-02-27"), parse("2024-03-01"), parse("2024-03-15"))
                  .deadline())
          .isEqualTo(parse("2024-04-22"));
    }

    @Test
    void suspendedDeadlineOnASaturdayMovesToMonday() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      DecisionTerm suspended =
          terms.suspend(term, parse("2024-02-27"), parse("2024-03-01"), parse("2024-03-06"));
      assertThat(suspended.nominalEnd()).isEqualTo(parse("2024-04-13"));
      assertThat(suspended.deadline()).isEqualTo(parse("2024-04-15"));
    }

    @Test
    void repairOnTheDayOfTheRequestSuspendsNothing() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThat(
              terms
                  .suspend(term, parse("2024-02-27"), parse("2024-03-01"), parse("2024-03-01"))
                  .deadline())
          .isEqualTo(parse("2024-04-08"));
    }

    @Test
    void suspensionThenExtensionBuildsOnTheSuspendedNominalEnd() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      DecisionTerm suspended =
          terms.suspend(term, parse("2024-02-27"), parse("2024-03-01"), parse("2024-03-11"));
      assertThat(terms.extend(suspended, parse("2024-04-10"), "complex").deadline())
          .isEqualTo(parse("2024-05-30"));
    }

    @Test
    void isOverdueOnlyAfterTheDeadline() {
      DecisionTerm term =
          terms.decisionTerm(parse("2024-02-26"), parse("2024-02-01"), Timeliness.IN_TIME, false);
      assertThat(term.overdueOn(parse("2024-04-08"))).isFalse();
      assertThat(term.overdueOn(parse("2024-04-09"))).isTrue();
    }
  }

  /**
   * Awb 7:10 lid 1 with 6:9 lid 2: a posted objection received in the week after the objection term
   * is in time, and its decision term runs from the end of the objection term, not from receipt;
   * only a late objection (excused under 6:11 or not) counts from receipt (ADR 0018).
   */
  @Nested
  class DecisionTermOfPostedAndLateObjections {

    @ParameterizedTest(
        name = "{0}: dagtekening {1}, postmark {2}, received {3} -> {4}, deadline {5}")
    @CsvSource({
      "received on the last day,             2025-03-03,           , 2025-04-14, IN_TIME,        false, 2025-05-26",
      "'posted in time, received a week late on Easter Monday', 2025-03-03, 2025-04-14, 2025-04-21, POSTED_IN_TIME, false, 2025-05-26",
      "'posted in time, received a day after the week', 2025-03-03, 2025-04-14, 2025-04-22, LATE, false, 2025-06-03",
      "'posted in time, received on 5 May of a non-lustrum year', 2026-03-20, 2026-05-01, 2026-05-05, POSTED_IN_TIME, false, 2026-06-12",
      "'posted in time with a committee, ends on Whit Monday', 2027-01-11, 2027-02-22, 2027-03-01, POSTED_IN_TIME, true, 2027-05-18",
      "late without a postmark,              2027-01-11,           , 2027-03-10, LATE,           false, 2027-04-21",
    })
    void runsFromTheEndOfTheObjectionTermUnlessLate(
        String what,
        LocalDate dagtekening,
        LocalDate postmark,
        LocalDate received,
        Timeliness timeliness,
        boolean committee,
        LocalDate deadline) {
      TimelinessAssessment t = terms.timeliness(dagtekening, received, postmark);
      assertThat(t.timeliness()).as(what).isEqualTo(timeliness);
      DecisionTerm term =
          terms.decisionTerm(
              terms.objectionTermEnd(dagtekening), received, t.timeliness(), committee);
      assertThat(term.deadline()).as(what).isEqualTo(deadline);
    }

    @Test
    void aLateObjectionExcusedUnder611KeepsItsTermFromReceipt() {
      LocalDate end = terms.objectionTermEnd(parse("2027-01-11"));
      assertThat(
              terms
                  .decisionTerm(end, parse("2027-03-10"), Timeliness.LATE_EXCUSED, false)
                  .deadline())
          .isEqualTo(parse("2027-04-21"));
    }

    @Test
    void aPostedObjectionIsNoLongerSevenDaysLateAndItsNoticeOfDefaultCounts() {
      LocalDate end = terms.objectionTermEnd(parse("2025-03-03"));
      DecisionTerm posted =
          terms.decisionTerm(end, parse("2025-04-21"), Timeliness.POSTED_IN_TIME, false);
      // the former reading (from receipt) gave 2025-06-02; a notice of default on 2025-05-27
      // comes after the real deadline
      assertThat(posted.deadline()).isEqualTo(parse("2025-05-26"));
      assertThat(parse("2025-05-27")).isAfter(posted.deadline());
    }
  }

  /**
   * Awb 7:10 lid 2 suspends a decision term that runs: an objection received early (here: term end
   * 2025-04-14, so the decision term starts 2025-04-15 and ends 2025-05-26) whose repair period
   * ends before that start keeps its deadline; a period that straddles the start moves it only by
   * the days from the start on.
   */
  @Nested
  class SuspensionOnlyOfARunningTerm {

    @ParameterizedTest(name = "repair asked {0}, ended {1}: deadline {2}")
    @CsvSource({
      "2025-03-25, 2025-04-01, 2025-05-26",
      "2025-04-01, 2025-04-14, 2025-05-26",
      "2025-04-01, 2025-04-15, 2025-05-27",
      "2025-04-10, 2025-04-20, 2025-06-02",
      "2025-04-15, 2025-04-25, 2025-06-05",
    })
    void movesTheDeadlineOnlyByTheDaysTheTermRan(
        LocalDate requestedOn, LocalDate endedOn, LocalDate deadline) {
      LocalDate end = terms.objectionTermEnd(parse("2025-03-03"));
      LocalDate start = terms.decisionTermStart(end, parse("2025-03-20"), Timeliness.IN_TIME);
      assertThat(start).isEqualTo(parse("2025-04-15"));
      DecisionTerm term = terms.decisionTerm(end, parse("2025-03-20"), Timeliness.IN_TIME, false);
      assertThat(term.deadline()).isEqualTo(parse("2025-05-26"));
      assertThat(terms.suspend(term, start, requestedOn, endedOn).deadline()).isEqualTo(deadline);
    }

    @Test
    void saysWhyARepairBeforeTheTermStartedDoesNotMoveIt() {
      LocalDate end = terms.objectionTermEnd(parse("2025-03-03"));
      DecisionTerm term = terms.decisionTerm(end, parse("2025-03-20"), Timeliness.IN_TIME, false);
      DecisionTerm after =
          terms.suspend(term, parse("2025-04-15"), parse("2025-03-25"), parse("2025-04-01"));
      assertThat(after.changes().get(after.changes().size() - 1).reasons())
          .contains("verschuift niet");
    }

    @Test
    void aLateObjectionsTermStartsTheDayAfterReceipt() {
      LocalDate end = terms.objectionTermEnd(parse("2027-01-11"));
      assertThat(terms.decisionTermStart(end, parse("2027-03-10"), Timeliness.LATE_EXCUSED))
          .isEqualTo(parse("2027-03-11"));
    }
  }

  @Nested
  class Signals {

    @Test
    void remindsTenAndEscalatesFiveWorkingDaysBeforeTheDeadlineSkippingEaster() {
      // deadline Monday 8 April 2024; Easter Monday 1 April and Good Friday 29 March are no working
      // days
      assertThat(terms.reminderDate(parse("2024-04-08"))).isEqualTo(parse("2024-03-21"));
      assertThat(terms.escalationDate(parse("2024-04-08"))).isEqualTo(parse("2024-03-28"));
    }

    @Test
    void countsWorkingDaysLeftAndNegativeWhenOverdue() {
      assertThat(terms.workingDaysLeft(parse("2024-04-01"), parse("2024-04-08"))).isEqualTo(5);
      assertThat(terms.workingDaysLeft(parse("2024-04-10"), parse("2024-04-08"))).isEqualTo(-2);
    }
  }
}
