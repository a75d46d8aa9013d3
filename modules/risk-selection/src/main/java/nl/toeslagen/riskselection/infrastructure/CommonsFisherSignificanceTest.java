package nl.toeslagen.riskselection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.toeslagen.riskselection.domain.SignificanceTest;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * The significance test of the bias monitor: Fisher's exact test, two-sided, from Apache Commons
 * Statistics, on the 2x2 table {@code [[selectedInGroup, selectedOther], [controlInGroup,
 * controlOther]]}. Exact, so it holds for small groups too (where a chi-squared approximation does
 * not).
 */
@ApplicationScoped
public class CommonsFisherSignificanceTest implements SignificanceTest {

  public static final String METHOD = "Fisher's exact test (two-sided)";

  private static final FisherExactTest FISHER =
      FisherExactTest.withDefaults().with(AlternativeHypothesis.TWO_SIDED);

  /**
   * The two-sided p-value. A table with an empty row or column carries no evidence of a difference
   * and gives 1.
   *
   * @throws IllegalArgumentException when a count is negative
   */
  @Override
  public double pValue(
      int selectedInGroup, int selectedOther, int controlInGroup, int controlOther) {
    if (selectedInGroup < 0 || selectedOther < 0 || controlInGroup < 0 || controlOther < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (selectedInGroup + selectedOther == 0
        || controlInGroup + controlOther == 0
        || selectedInGroup + controlInGroup == 0
        || selectedOther + controlOther == 0) {
      return 1.0;
    }
    return FISHER
        .test(new int[][] {{selectedInGroup, selectedOther}, {controlInGroup, controlOther}})
        .getPValue();
  }

  @Override
  public String method() {
    return METHOD;
  }
}
