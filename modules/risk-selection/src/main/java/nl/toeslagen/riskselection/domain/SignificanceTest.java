package nl.toeslagen.riskselection.domain;

/**
 * Port: the statistical test of a 2x2 table that tells whether a group's share among the selected
 * cases differs from its share in the control sample by more than chance would explain.
 *
 * <pre>
 *                  in group          not in group
 *   selected       selectedInGroup   selectedOther
 *   control        controlInGroup    controlOther
 * </pre>
 *
 * The implementation lives in infrastructure (a statistics library); the domain does not compute
 * statistics by hand.
 */
public interface SignificanceTest {

  /**
   * The p-value of the table: the probability, if selection were independent of the group, of a
   * difference at least as large as the one observed. All counts are zero or more.
   */
  double pValue(int selectedInGroup, int selectedOther, int controlInGroup, int controlOther);

  /** The name of the method, for the report, e.g. {@code "Fisher's exact test (two-sided)"}. */
  String method();
}
