package nl.toeslagen.fraudreview.api;

import java.util.Set;

/**
 * How risk selection feeds the fraud review: every selected case, and every case drawn in a run's
 * control sample, opens a signal that a supervision officer reviews. A selection never decides
 * anything by itself.
 */
public interface SelectionSignals {

  /** The benefit type names a selected case may carry. */
  Set<String> benefitTypes();

  /**
   * Opens a signal for a case in the current transaction, as the current user (a supervision
   * officer), and answers its id.
   */
  String open(SelectedCase selectedCase);

  /**
   * A case a selection run hands to a person.
   *
   * @param bsn the citizen's BSN
   * @param benefitType the benefit (one of {@link #benefitTypes()})
   * @param selected whether the rule set selected it (source {@code SELECTIERUN}); false for a case
   *     drawn only in the random control sample (source {@code STEEKPROEF})
   * @param explanation why, in plain Dutch (at most 4,000 characters)
   * @param legalBasis the legal basis of the processing (the rule set's)
   */
  record SelectedCase(
      String bsn, String benefitType, boolean selected, String explanation, String legalBasis) {}
}
