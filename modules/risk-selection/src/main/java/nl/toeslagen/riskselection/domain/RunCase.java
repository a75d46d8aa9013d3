package nl.toeslagen.riskselection.domain;

/**
 * One case of a run: its score and explanation, and the signal opened for it (selected or drawn in
 * the control sample), or null when a person need not look at it.
 *
 * @param caseRef the batch's reference
 * @param bsnMasked the citizen's masked BSN
 * @param benefitType the benefit
 * @param explanation the score and why
 * @param signalId the fraud-review signal opened for it, or null
 */
public record RunCase(
    String caseRef,
    String bsnMasked,
    String benefitType,
    Explanation explanation,
    String signalId) {

  public boolean selected() {
    return explanation.selected();
  }

  public boolean inControlSample() {
    return explanation.controlSample();
  }
}
