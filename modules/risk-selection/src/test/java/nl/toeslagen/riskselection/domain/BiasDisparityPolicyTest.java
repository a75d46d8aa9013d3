package nl.toeslagen.riskselection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import org.junit.jupiter.api.Test;

class BiasDisparityPolicyTest {

  private final BiasDisparityPolicy policy = new BiasDisparityPolicy();

  /** A test that answers a fixed p-value. */
  private static SignificanceTest fixed(double p) {
    return new SignificanceTest() {
      @Override
      public double pValue(int a, int b, int c, int d) {
        return p;
      }

      @Override
      public String method() {
        return "fixed";
      }
    };
  }

  @Test
  void aRatioBelowFourFifthsThatIsSignificantIsFlagged() {
    assertThat(policy.flags(10, 20, 0.79, 0.01)).isTrue();
  }

  @Test
  void aRatioAboveTheInverseOfFourFifthsThatIsSignificantIsFlagged() {
    assertThat(policy.flags(30, 20, 1.26, 0.01)).isTrue();
  }

  @Test
  void theThresholdsThemselvesAreNotFlagged() {
    assertThat(policy.flags(30, 20, BiasDisparityPolicy.LOWER, 0.0001)).isFalse();
    assertThat(policy.flags(30, 20, BiasDisparityPolicy.UPPER, 0.0001)).isFalse();
    assertThat(policy.flags(30, 20, 1.0, 0.0001)).isFalse();
  }

  @Test
  void aDisparityThatIsNotSignificantIsNotFlagged() {
    assertThat(policy.flags(30, 20, 3.0, BiasDisparityPolicy.ALPHA)).isFalse();
    assertThat(policy.flags(30, 20, 3.0, 0.2)).isFalse();
  }

  @Test
  void aGroupWithFewerThanTwentyCasesOnBothSidesIsNotFlagged() {
    assertThat(policy.flags(19, 19, 5.0, 0.001)).isFalse();
    assertThat(policy.assessable(19, 19)).isFalse();
    assertThat(policy.flags(20, 1, 5.0, 0.001)).isTrue();
    assertThat(policy.flags(0, 20, 0.0, 0.001)).isTrue();
  }

  @Test
  void aGroupAbsentFromTheControlSampleIsFlaggedFromTwentySelectedWhenThatIsNoChance() {
    assertThat(policy.flags(20, 0, null, 0.001)).isTrue();
    assertThat(policy.flags(20, 0, null, 0.5)).isFalse();
    assertThat(policy.flags(19, 0, null, 0.001)).isFalse();
  }

  @Test
  void withoutAPValueThereIsNothingToCompareAndNothingIsFlagged() {
    assertThat(policy.flags(100, 0, null, null)).isFalse();
    assertThat(policy.flags(100, 10, 5.0, null)).isFalse();
  }

  @Test
  void aGroupRateHasItsSharesRatioAndFlag() {
    GroupRate rate = policy.rate("TR", 200, 30, 20, 100, 200, fixed(0.001));

    assertThat(rate.selectionRate()).isEqualTo(0.15);
    assertThat(rate.selectedShare()).isEqualTo(0.30);
    assertThat(rate.controlShare()).isEqualTo(0.10);
    assertThat(rate.disparityRatio()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(rate.pValue()).isEqualTo(0.001);
    assertThat(rate.flagged()).isTrue();
  }

  @Test
  void aGroupRateWithoutControlSampleHasNoRatioNoPValueAndNoFlag() {
    GroupRate rate = policy.rate("TR", 200, 30, 0, 100, 0, fixed(0.001));

    assertThat(rate.disparityRatio()).isNull();
    assertThat(rate.pValue()).isNull();
    assertThat(rate.flagged()).isFalse();
  }

  @Test
  void aGroupCannotExceedItsTotal() {
    assertThatThrownBy(() -> policy.rate("TR", 10, 11, 0, 10, 5, fixed(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFlaggedReportIsRefusedNamingTheGroupInDutchAndEnglish() {
    GroupRate tr = policy.rate("TR", 200, 30, 20, 100, 200, fixed(0.001));
    GroupRate nl = policy.rate("NL", 1800, 70, 180, 100, 200, fixed(0.001));
    BiasReport report =
        BiasReport.of(
            2000, 100, 200, "fixed", List.of(AttributeReport.of("nationaliteit", List.of(tr, nl))));

    PolicyDecision decision = policy.evaluate(report);

    assertThat(decision.refused()).isTrue();
    assertThat(decision.policy()).isEqualTo(BiasDisparityPolicy.NAME);
    assertThat(decision.reasonNl()).contains("nationaliteit = TR").contains("opgeschort");
    assertThat(decision.reasonEn()).contains("nationaliteit = TR").contains("suspended");
    assertThat(decision.basis()).isNotNull();
  }

  @Test
  void anUnflaggedReportIsAllowed() {
    GroupRate tr = policy.rate("TR", 200, 10, 20, 100, 200, fixed(0.9));
    BiasReport report =
        BiasReport.of(
            2000, 100, 200, "fixed", List.of(AttributeReport.of("nationaliteit", List.of(tr))));

    assertThat(policy.evaluate(report).allowed()).isTrue();
    assertThat(report.flaggedSummaryEn()).isEqualTo("No group differs significantly.");
    assertThat(report.flaggedSummaryNl()).isEqualTo("Geen groep wijkt significant af.");
  }

  @Test
  void thePolicyIsNamedAfterItsClass() {
    PolicyRule rule = BiasDisparityPolicy.class.getAnnotation(PolicyRule.class);

    assertThat(rule.name()).isEqualTo(BiasDisparityPolicy.NAME).isEqualTo("BiasDisparityPolicy");
    assertThat(rule.legalBasis()).startsWith("Grondwet art. 1");
  }
}
