package nl.toeslagen.riskselection.domain;

import java.util.Objects;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * No disparate selection: after a selection run, every group of every protected attribute must be
 * selected in about the share it has in the random control sample of the same batch. A group is
 * flagged when
 *
 * <ul>
 *   <li>its disparity ratio (share among the selected / share in the control sample) is below
 *       {@link #LOWER} (the four-fifths rule) or above {@link #UPPER} (its inverse), and
 *   <li>the difference is significant: the p-value of the group's 2x2 table is below {@link
 *       #ALPHA}, and
 *   <li>the group has at least {@link #MIN_CASES} cases in the selection or in the control sample,
 *       so a tiny group does not flag by noise;
 * </ul>
 *
 * or when the group is absent from the control sample while at least {@link #MIN_CASES} of its
 * cases were selected (the ratio is infinite). A flagged run means the rule set must be suspended
 * until the disparity is explained.
 */
@PolicyRule(
    name = "BiasDisparityPolicy",
    guardsNl =
        "Geen groep van een beschermd kenmerk (zoals nationaliteit of geboorteland) wordt"
            + " significant vaker of minder vaak geselecteerd dan haar aandeel in de aselecte"
            + " steekproef; anders wordt de regelset opgeschort.",
    guardsEn =
        "No group of a protected attribute (such as nationality or country of birth) is selected"
            + " significantly more or less often than its share in the random control sample;"
            + " otherwise the rule set is suspended.",
    legalBasis =
        "Grondwet art. 1; AVG art. 5 lid 1 onder a; Algemene wet gelijke behandeling;"
            + " waarborgenkader selectie-instrumenten Dienst Toeslagen",
    appliesTo = {"Selectierun controleren op vooringenomenheid", "Regelset opschorten"})
public final class BiasDisparityPolicy {

  public static final String NAME = "BiasDisparityPolicy";

  /** Below this disparity ratio a group is under-selected (the four-fifths rule). */
  public static final double LOWER = 0.8;

  /** Above this disparity ratio a group is over-selected (the inverse of four fifths). */
  public static final double UPPER = 1.25;

  /** The significance level: a difference counts only when its p-value is below this. */
  public static final double ALPHA = 0.05;

  /** The fewest cases a group needs in the selection or in the control sample to be flagged. */
  public static final int MIN_CASES = 20;

  /** Grondwet art. 1 (equal treatment, no discrimination). */
  private static final LegalReference BASIS = LegalReference.of("BWBR0001840", "1");

  /**
   * The per-group decision: whether a group with these figures is flagged.
   *
   * @param selectedCount the group's selected cases
   * @param controlCount the group's control-sample cases
   * @param disparityRatio the group's share among the selected over its share in the control
   *     sample; {@code null} when the control share is 0
   * @param pValue the p-value of the group's 2x2 table; {@code null} when there is nothing to
   *     compare (then never flagged)
   */
  /**
   * Whether a group is large enough to be judged: at least {@link #MIN_CASES} cases in the
   * selection or in the control sample. Smaller groups are reported but neither tested for the
   * family nor flagged: their shares swing too much by chance.
   */
  public boolean assessable(int selectedCount, int controlCount) {
    return selectedCount >= MIN_CASES || controlCount >= MIN_CASES;
  }

  public boolean flags(int selectedCount, int controlCount, Double disparityRatio, Double pValue) {
    if (pValue == null) {
      return false;
    }
    if (controlCount == 0) {
      // absent from the control sample: flagged when many are selected and that is no chance
      return selectedCount >= MIN_CASES && pValue < ALPHA;
    }
    if (selectedCount < MIN_CASES && controlCount < MIN_CASES) {
      return false;
    }
    return disparityRatio != null
        && (disparityRatio < LOWER || disparityRatio > UPPER)
        && pValue < ALPHA;
  }

  /**
   * The figures of one group and whether it is flagged. When there is nothing to compare ({@code
   * totalSelected} or {@code totalControl} is 0) the group gets no ratio and no p-value and is not
   * flagged.
   *
   * @param group the attribute value
   * @param batchCount the group's cases in the batch
   * @param selectedInGroup the group's selected cases
   * @param controlInGroup the group's control-sample cases
   * @param totalSelected all selected cases of the batch
   * @param totalControl all control-sample cases of the batch
   * @param test the significance test of the 2x2 table
   */
  public GroupRate rate(
      String group,
      int batchCount,
      int selectedInGroup,
      int controlInGroup,
      int totalSelected,
      int totalControl,
      SignificanceTest test) {
    Objects.requireNonNull(test, "test");
    if (selectedInGroup > totalSelected || controlInGroup > totalControl) {
      throw new IllegalArgumentException("a group cannot exceed its total");
    }
    double selectionRate = batchCount == 0 ? 0 : (double) selectedInGroup / batchCount;
    double selectedShare = totalSelected == 0 ? 0 : (double) selectedInGroup / totalSelected;
    double controlShare = totalControl == 0 ? 0 : (double) controlInGroup / totalControl;
    if (totalSelected == 0 || totalControl == 0) {
      return new GroupRate(
          group,
          batchCount,
          selectedInGroup,
          controlInGroup,
          selectionRate,
          selectedShare,
          controlShare,
          null,
          null,
          false);
    }
    Double ratio = controlShare == 0 ? null : selectedShare / controlShare;
    double p =
        test.pValue(
            selectedInGroup,
            totalSelected - selectedInGroup,
            controlInGroup,
            totalControl - controlInGroup);
    return new GroupRate(
        group,
        batchCount,
        selectedInGroup,
        controlInGroup,
        selectionRate,
        selectedShare,
        controlShare,
        ratio,
        p,
        flags(selectedInGroup, controlInGroup, ratio, p));
  }

  /**
   * Refuses (the rule set must be suspended) when the report flags a group; allows otherwise,
   * saying so when there was nothing to compare.
   */
  public PolicyDecision evaluate(BiasReport report) {
    if (report.flagged()) {
      return PolicyDecision.refuse(
          NAME,
          "De selectie wijkt significant af van de aselecte steekproef voor: "
              + report.flaggedSummaryNl()
              + ". De regelset moet worden opgeschort tot de afwijking is verklaard.",
          "The selection differs significantly from the random control sample for: "
              + report.flaggedSummaryEn()
              + ". The rule set must be suspended until the disparity is explained.",
          BASIS);
    }
    if (!report.comparable()) {
      return PolicyDecision.allow(
          NAME,
          "Er is niets te vergelijken: de run heeft geen geselecteerde zaken of geen steekproef.",
          "There is nothing to compare: the run has no selected cases or no control sample.",
          BASIS);
    }
    return PolicyDecision.allow(
        NAME,
        "Geen groep van een beschermd kenmerk wijkt significant af van de steekproef.",
        "No group of a protected attribute differs significantly from the control sample.",
        BASIS);
  }
}
