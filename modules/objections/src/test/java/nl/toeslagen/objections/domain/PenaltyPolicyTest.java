package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PenaltyPolicyTest {

  private final PenaltyPolicy policy = new PenaltyPolicy();
  private static final ContestedDecisionType FINAL = ContestedDecisionType.DEFINITIEVE_TOEKENNING;

  private static ContestedDecision finalAward(Integer year) {
    return new ContestedDecision("DT-1", FINAL, parse("2024-01-20"), year);
  }

  private PenaltyAssessment evaluate(
      LocalDate notice, LocalDate decidedOn, LocalDate asOf, Money stake) {
    return policy.evaluate(finalAward(2022), stake, null, notice, decidedOn, asOf);
  }

  @ParameterizedTest
  @EnumSource(
      value = ContestedDecisionType.class,
      names = {"VOORLOPIGE_TOEKENNING", "TERUGVORDERING", "BOETE", "HERZIENING"})
  void noPenaltyForObjectionsAgainstAnythingButAFinalAwardNorForARevisionOfOne(
      ContestedDecisionType type) {
    PenaltyAssessment p =
        policy.evaluate(
            new ContestedDecision("X-1", type, parse("2024-01-20"), 2022),
            Money.ofCents(500_00),
            null,
            parse("2024-04-10"),
            null,
            parse("2024-12-01"));
    assertThat(p.applies()).isFalse();
    assertThat(p.amount()).isEqualTo(Money.ZERO);
    assertThat(p.lastPenaltyDay()).isNull();
    assertThat(p.basis().article()).isEqualTo("12");
  }

  @Test
  void aRevisionIsNamedInTheReason() {
    PenaltyAssessment p =
        policy.evaluate(
            new ContestedDecision(
                "H-1", ContestedDecisionType.HERZIENING, parse("2025-03-03"), 2023),
            Money.ofCents(500_00),
            null,
            parse("2025-06-10"),
            null,
            parse("2025-12-01"));
    assertThat(p.reasonNl()).contains("herziening");
  }

  @ParameterizedTest(name = "final award over {0}: penalty applies = {1}")
  @CsvSource({
    "2006, false",
    "2011, false",
    "2012, false", // 2012 or earlier: no penalty
    "2013, true",
    "2024, true",
    ", true" // not recorded (older cases): counted as 2013 or later
  })
  void noPenaltyForFinalAwardsOverTwentyTwelveOrEarlier(Integer year, boolean applies) {
    PenaltyAssessment p =
        policy.evaluate(
            finalAward(year),
            Money.ofCents(500_00),
            null,
            parse("2025-04-10"),
            null,
            parse("2025-12-01"));
    assertThat(p.applies()).isEqualTo(applies);
    assertThat(p.amount().isZero()).isEqualTo(!applies);
    if (!applies) {
      assertThat(p.reasonNl()).contains("2012 of eerder");
    }
  }

  @ParameterizedTest(name = "{0}: no penalty (Awb 4:17 lid 6)")
  @EnumSource(ManifestFinding.class)
  void noPenaltyWhenTheObjectionWasManifestlyInadmissibleOrUnfounded(ManifestFinding finding) {
    PenaltyAssessment p =
        policy.evaluate(
            finalAward(2023),
            Money.ofCents(500_00),
            finding,
            parse("2026-04-10"),
            parse("2026-08-03"),
            parse("2026-08-04"));
    assertThat(p.applies()).isTrue();
    assertThat(p.amount()).isEqualTo(Money.ZERO);
    assertThat(p.decision().allowed()).isFalse();
    assertThat(p.reasonNl()).contains("kennelijk").contains("4:17, zesde lid");
    assertThat(p.basis().article()).isEqualTo("4:17");
  }

  @Test
  void noPenaltyWithoutNoticeOfDefault() {
    assertThat(evaluate(null, null, parse("2024-12-01"), null).amount()).isEqualTo(Money.ZERO);
  }

  @ParameterizedTest(name = "notice 2024-04-10, as of {0}: {1} cents")
  @CsvSource({
    "2024-04-23, 0", // before the first penalty day 24 April
    "2024-04-29, 0", // six penalty days: no full week
    "2024-04-30, 1000", // seven penalty days: one full week
    "2024-05-14, 3000",
    "2024-06-25, 9000", // 63 penalty days: nine weeks
    "2024-07-02, 10000", // ten weeks: EUR 100
    "2024-12-01, 10000", // capped at EUR 100
  })
  void runsTenEurosPerFullWeekFromTwoWeeksAfterTheNoticeUpToOneHundred(String asOf, long cents) {
    PenaltyAssessment p = evaluate(parse("2024-04-10"), null, parse(asOf), null);
    assertThat(p.applies()).isTrue();
    assertThat(p.firstPenaltyDay()).isEqualTo(parse("2024-04-24"));
    assertThat(p.amount()).isEqualTo(Money.ofCents(cents));
  }

  @Test
  void stopsRunningOnTheDayOfTheDecision() {
    PenaltyAssessment p =
        evaluate(parse("2024-04-10"), parse("2024-05-08"), parse("2024-12-01"), null);
    assertThat(p.fullWeeks()).isEqualTo(2);
    assertThat(p.amount()).isEqualTo(Money.ofCents(20_00));
    assertThat(p.lastPenaltyDay()).isEqualTo(parse("2024-05-07"));
  }

  @ParameterizedTest(name = "amount at stake at intake {0} cents -> cap {1} cents")
  @CsvSource({
    "0, 0",
    "2999, 0",
    "3000, 3000",
    "9999, 3000",
    "10000, 10000",
    "-5000, 3000",
    "250000, 10000"
  })
  void capFollowsFromTheAmountAtStakeOnTheFinalAward(long stake, long cap) {
    PenaltyAssessment p =
        evaluate(parse("2024-04-10"), null, parse("2024-12-01"), Money.ofCents(stake));
    assertThat(p.cap()).isEqualTo(Money.ofCents(cap));
    assertThat(p.amount()).isEqualTo(Money.ofCents(cap));
  }

  @Test
  void withoutARecordedAmountTheCapIsOneHundred() {
    PenaltyAssessment p = evaluate(parse("2024-04-10"), null, parse("2024-12-01"), null);
    assertThat(p.cap()).isEqualTo(PenaltyPolicy.CAP);
    assertThat(p.reasonNl()).contains("geen bedrag van de definitieve toekenning");
  }

  @Test
  void smallAmountAtStakeMeansNoPenaltyWithAReason() {
    PenaltyAssessment p =
        evaluate(parse("2024-04-10"), null, parse("2024-12-01"), Money.ofCents(2500));
    assertThat(p.amount()).isEqualTo(Money.ZERO);
    assertThat(p.lastPenaltyDay()).isNull();
    assertThat(p.reasonNl()).contains("lager dan € 30");
  }

  /**
   * The last day due: the day before the decision, or the last day of the week that reaches the cap
   * (ten weeks for EUR 100, three for EUR 30), whichever comes first.
   */
  @ParameterizedTest(name = "notice {0}, stake {1}, decided {2}: last day {3}")
  @CsvSource({
    // undecided: the cap of EUR 100 is reached after ten weeks from the first day (notice + 14)
    "2025-03-03, 50000,         , 2025-05-25",
    // decided before the cap: the day before the decision
    "2025-03-03, 50000, 2025-04-22, 2025-04-21",
    // decided after the cap: the cap's last day
    "2025-03-03, 50000, 2025-12-01, 2025-05-25",
    // cap EUR 30: three weeks
    "2026-12-01, 5000,          , 2027-01-04",
    // decided on the first penalty day: no penalty day at all
    "2027-04-13, 50000, 2027-04-27, ",
  })
  void thePenaltyStopsOnItsLastDayDue(String notice, long stake, String decided, String lastDay) {
    PenaltyAssessment p =
        evaluate(
            parse(notice),
            decided == null ? null : parse(decided),
            parse("2028-01-01"),
            Money.ofCents(stake));
    assertThat(p.lastPenaltyDay()).isEqualTo(lastDay == null ? null : parse(lastDay));
  }

  /**
   * Awb 4:18: set within two weeks after the last day due; a term ending on a Saturday, Sunday or
   * holiday moves to the next working day (Algemene termijnenwet).
   */
  @ParameterizedTest(name = "last day {0}: penalty decision due {1}")
  @CsvSource({
    "2025-04-07, 2025-04-22", // 21 April 2025 is Easter Monday
    "2025-04-13, 2025-04-28", // 27 April 2025 is a Sunday: moves to Monday
    "2025-04-21, 2025-05-06", // 5 May 2025 is Liberation Day (Monday)
    "2025-12-11, 2025-12-29", // Christmas on Thursday and Friday, then the weekend
    "2026-04-13, 2026-04-28", // 27 April 2026 is King's Day (Monday)
    "2026-04-30, 2026-05-18", // Ascension Day 14 May 2026, an equated day, the weekend
    "2026-05-01, 2026-05-18", // 15 May 2026 is an equated day, then the weekend
    "2026-06-05, 2026-06-19", // an ordinary Friday
    "2027-05-02, 2027-05-18", // 16 May 2027 is Whit Sunday, 17 May Whit Monday
  })
  void thePenaltyIsSetWithinTwoWeeksOnTheLegalCalendar(String last, String due) {
    assertThat(PenaltyPolicy.decisionDue(parse(last), LegalCalendar.standard()))
        .isEqualTo(parse(due));
  }

  @Test
  void noticeOfDefaultOnTheDeadlineItselfIsRefused() {
    assertThat(policy.acceptNotice(parse("2024-04-08"), parse("2024-04-08")).allowed()).isFalse();
    assertThat(policy.acceptNotice(parse("2024-04-08"), parse("2024-04-09")).allowed()).isTrue();
  }
}
