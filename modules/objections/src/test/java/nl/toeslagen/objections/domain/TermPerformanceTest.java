package nl.toeslagen.objections.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TermPerformanceTest {

  @Test
  void theShareDecidedInTimeIsRoundedToOneDecimal() {
    TermPerformance p = new TermPerformance(3, 2);
    assertThat(p.percentage()).isEqualByComparingTo(new BigDecimal("66.7"));
    assertThat(p.decidedLate()).isEqualTo(1);
    assertThat(p.meetsNorm()).isFalse();
  }

  @Test
  void ninetyPercentMeetsTheNormAndTheReportedYearsDoNot() {
    assertThat(new TermPerformance(100, 90).meetsNorm()).isTrue();
    assertThat(new TermPerformance(100, 73).meetsNorm()).as("2022").isFalse();
    assertThat(new TermPerformance(100, 48).meetsNorm()).as("2023").isFalse();
  }

  @Test
  void withNothingDecidedThereIsNoPercentage() {
    assertThat(new TermPerformance(0, 0).percentage()).isNull();
    assertThat(new TermPerformance(0, 0).meetsNorm()).isFalse();
  }

  @Test
  void moreInTimeThanDecidedIsImpossible() {
    assertThatThrownBy(() -> new TermPerformance(1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
