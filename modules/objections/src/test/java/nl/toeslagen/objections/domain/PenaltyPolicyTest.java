package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.kernel.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PenaltyPolicyTest {

  private final PenaltyPolicy policy = new PenaltyPolicy();
  private static final ContestedDecisionType FINAL = ContestedDecisionType.DEFINITIEVE_TOEKENNING;

  @ParameterizedTest
  @EnumSource(
      value = ContestedDecisionType.class,
      names = {"VOORLOPIGE_TOEKENNING", "TERUGVORDERING", "BOETE"})
  void noPenaltyForObjectionsAgainstAnythingButAFinalAward(ContestedDecisionType type) {
    PenaltyAssessment p =
        policy.evaluate(type, parse("2024-04-10"), null, parse("2024-12-01"), null);
    assertThat(p.applies()).isFalse();
    assertThat(p.amount()).isEqualTo(Money.ZERO);
    assertThat(p.basis().article()).isEqualTo("12");
  }

  @Test
  void noPenaltyWithoutNoticeOfDefault() {
    assertThat(policy.evaluate(FINAL, null, null, parse("2024-12-01"), null).amount())
        .isEqualTo(Money.ZERO);
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
    PenaltyAssessment p = policy.evaluate(FINAL, parse("2024-04-10"), null, parse(asOf), null);
    assertThat(p.applies()).isTrue();
    assertThat(p.firstPenaltyDay()).isEqualTo(parse("2024-04-24"));
    assertThat(p.amount()).isEqualTo(Money.ofCents(cents));
  }

  @Test
  void stopsRunningOnTheDayOfTheDecision() {
    PenaltyAssessment p =
        policy.evaluate(FINAL, parse("2024-04-10"), parse("2024-05-08"), parse("2024-12-01"), null);
    assertThat(p.fullWeeks()).isEqualTo(2);
    assertThat(p.amount()).isEqualTo(Money.ofCents(20_00));
  }

  @ParameterizedTest(name = "amount at stake {0} cents -> cap {1} cents")
  @CsvSource({
    "2999, 0",
    "3000, 3000",
    "9999, 3000",
    "10000, 10000",
    "-5000, 3000",
    "250000, 10000"
  })
  void capDependsOnTheResultingBackPaymentOrRecovery(long stake, long cap) {
    PenaltyAssessment p =
        policy.evaluate(
            FINAL, parse("2024-04-10"), null, parse("2024-12-01"), Money.ofCents(stake));
    assertThat(p.cap()).isEqualTo(Money.ofCents(cap));
    assertThat(p.amount()).isEqualTo(Money.ofCents(cap));
  }

  @Test
  void smallAmountAtStakeMeansNoPenaltyWithAReason() {
    PenaltyAssessment p =
        policy.evaluate(FINAL, parse("2024-04-10"), null, parse("2024-12-01"), Money.ofCents(2500));
    assertThat(p.amount()).isEqualTo(Money.ZERO);
    assertThat(p.reasonNl()).contains("lager dan € 30");
  }

  @Test
  void noticeOfDefaultOnTheDeadlineItselfIsRefused() {
    assertThat(policy.acceptNotice(parse("2024-04-08"), parse("2024-04-08")).allowed()).isFalse();
    assertThat(policy.acceptNotice(parse("2024-04-08"), parse("2024-04-09")).allowed()).isTrue();
  }
}
