package nl.toeslagen.riskselection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class CommonsFisherSignificanceTestTest {

  private final CommonsFisherSignificanceTest test = new CommonsFisherSignificanceTest();

  @Test
  void theTeaTastingTableHasTheKnownTwoSidedPValue() {
    assertThat(test.pValue(3, 1, 1, 3)).isCloseTo(0.4857, offset(1e-4));
  }

  @Test
  void aStronglySkewedTableIsSignificant() {
    assertThat(test.pValue(30, 70, 20, 180)).isLessThan(0.001);
  }

  @Test
  void aProportionalTableIsNotSignificant() {
    assertThat(test.pValue(10, 90, 20, 180)).isCloseTo(1.0, offset(1e-9));
  }

  @Test
  void theTestIsTwoSided() {
    assertThat(test.pValue(20, 180, 30, 70)).isCloseTo(test.pValue(30, 70, 20, 180), offset(1e-12));
  }

  @Test
  void aTableWithAnEmptyRowOrColumnGivesOne() {
    assertThat(test.pValue(0, 0, 5, 5)).isEqualTo(1.0);
    assertThat(test.pValue(5, 0, 5, 0)).isEqualTo(1.0);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> test.pValue(-1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMethodIsNamed() {
    assertThat(test.method()).isEqualTo("Fisher's exact test (two-sided)");
  }
}
