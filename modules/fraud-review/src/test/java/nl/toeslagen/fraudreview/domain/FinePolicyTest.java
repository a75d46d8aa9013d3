package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.TODAY;
import static nl.toeslagen.fraudreview.domain.Fixtures.zienswijze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import org.junit.jupiter.api.Test;

class FinePolicyTest {

  private final FinePolicy policy = new FinePolicy();

  private static FineRequest request(long recoveryCents, int percentage) {
    return new FineRequest(Money.ofCents(recoveryCents), percentage, null, false, "RAP-1");
  }

  @Test
  void fineIsAtMostTheFullRecovery() {
    FineProposal p = policy.propose(request(120_000, 100), zienswijze(), TODAY);

    assertThat(p.amount()).isEqualTo(Money.ofCents(120_000));
    assertThat(p.maximumPercentage()).isEqualTo(100);
    assertThat(policy.evaluate(request(120_000, 101), zienswijze(), TODAY).allowed()).isFalse();
  }

  @Test
  void fineIsAPercentageOfTheRecoveryRoundedToCents() {
    FineProposal p = policy.propose(request(33_333, 50), zienswijze(), TODAY);

    assertThat(p.amount()).isEqualTo(Money.ofCents(16_667));
  }

  @Test
  void repeatWithinFiveYearsAllowsUpTo150Percent() {
    FineRequest repeat =
        new FineRequest(Money.ofCents(100_000), 150, TODAY.minusYears(4), false, "RAP-2");

    FineProposal p = policy.propose(repeat, zienswijze(), TODAY);

    assertThat(p.repeatWithinFiveYears()).isTrue();
    assertThat(p.maximumPercentage()).isEqualTo(150);
    assertThat(p.amount()).isEqualTo(Money.ofCents(150_000));
  }

  @Test
  void earlierFineMoreThanFiveYearsAgoIsNoRepeat() {
    FineRequest old =
        new FineRequest(
            Money.ofCents(100_000), 150, TODAY.minusYears(5).minusDays(1), false, "RAP-3");

    PolicyDecision d = policy.evaluate(old, zienswijze(), TODAY);

    assertThat(d.allowed()).isFalse();
    assertThat(d.reasonNl()).contains("100%");
    assertThat(d.basis().toString()).isEqualTo("BWBR0018472 art. 41");
  }

  @Test
  void fineExactlyFiveYearsAfterTheEarlierOneStillCountsAsRepeat() {
    FineRequest edge =
        new FineRequest(Money.ofCents(10_000), 150, TODAY.minusYears(5), false, null);

    assertThat(policy.propose(edge, zienswijze(), TODAY).amount()).isEqualTo(Money.ofCents(15_000));
  }

  @Test
  void noFineWhenTheCitizenCorrectedItBeforeKnowingTheAgencyWasAware() {
    FineRequest corrected = new FineRequest(Money.ofCents(500_000), 100, null, true, null);

    PolicyDecision d = policy.evaluate(corrected, zienswijze(), TODAY);
    FineProposal p = policy.propose(corrected, zienswijze(), TODAY);

    assertThat(d.basis().toString()).isEqualTo("BWBR0018472 art. 42");
    assertThat(p.amount()).isEqualTo(Money.ZERO);
    assertThat(p.percentage()).isZero();
  }

  @Test
  void noFineWithoutARecordedZienswijze() {
    assertThatThrownBy(() -> policy.propose(request(10_000, 50), null, TODAY))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(ZienswijzeBeforeFinePolicy.NAME);
              assertThat(e.decision().reasonNl()).contains("zienswijze");
            });
  }

  @Test
  void fineAbove340EurosNeedsAReport() {
    FineRequest noReport = new FineRequest(Money.ofCents(34_001), 100, null, false, " ");

    PolicyDecision d = policy.evaluate(noReport, zienswijze(), TODAY);

    assertThat(d.allowed()).isFalse();
    assertThat(d.basis().toString()).isEqualTo("BWBR0005537 art. 5:53");
  }

  @Test
  void fineOfExactly340EurosNeedsNoReport() {
    FineRequest atLimit = new FineRequest(Money.ofCents(34_000), 100, null, false, null);

    assertThat(policy.propose(atLimit, zienswijze(), TODAY).amount())
        .isEqualTo(Money.ofCents(34_000));
  }

  /**
   * Awb 5:53 lid 1: the report is required when a fine above EUR 340 can be imposed for the offence
   * — the maximum (100%, 150% for a repeat) of the recovery, not the proposed amount.
   */
  @org.junit.jupiter.params.ParameterizedTest(
      name = "recovery {0} cents at {1}%, repeat {2}: report needed {3}")
  @org.junit.jupiter.params.provider.CsvSource({
    "50000, 10, false, true",
    "34001, 1, false, true",
    "34000, 100, false, false",
    "30000, 100, true, true",
    "22666, 150, true, false",
    "22667, 10, true, true",
  })
  void theReportThresholdIsTestedOnTheHighestPossibleFine(
      long recoveryCents, int percentage, boolean repeat, boolean reportNeeded) {
    LocalDate previous = repeat ? TODAY.minusYears(2) : null;
    FineRequest withoutReport =
        new FineRequest(Money.ofCents(recoveryCents), percentage, previous, false, null);
    PolicyDecision d = policy.evaluate(withoutReport, zienswijze(), TODAY);
    assertThat(d.refused()).isEqualTo(reportNeeded);
    if (reportNeeded) {
      assertThat(d.basis().toString()).isEqualTo("BWBR0005537 art. 5:53");
      assertThat(d.reasonNl()).contains("rapport");
    }
  }

  @Test
  void noReportWhenTheCitizensOwnCorrectionRulesOutAnyFine() {
    FineRequest corrected = new FineRequest(Money.ofCents(500_000), 100, null, true, null);
    assertThat(policy.evaluate(corrected, zienswijze(), TODAY).allowed()).isTrue();
  }

  @Test
  void fineNeedsARecoveryAboveZero() {
    assertThat(policy.evaluate(request(0, 50), zienswijze(), TODAY).allowed()).isFalse();
    assertThat(policy.evaluate(request(10_000, -1), zienswijze(), TODAY).allowed()).isFalse();
  }
}
