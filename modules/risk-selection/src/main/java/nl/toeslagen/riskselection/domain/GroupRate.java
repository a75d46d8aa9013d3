package nl.toeslagen.riskselection.domain;

import java.util.Objects;

/**
 * One group of one protected attribute in a selection batch (e.g. {@code nationaliteit = "TR"}):
 * how often it was selected, how often it is in the control sample, and whether the difference is a
 * disparity that {@link BiasDisparityPolicy} flags.
 *
 * @param group the attribute value, or {@link MonitoredCase#UNKNOWN}
 * @param batchCount the cases of this group in the batch
 * @param selectedCount the cases of this group the rules selected
 * @param controlCount the cases of this group in the control sample
 * @param selectionRate {@code selectedCount / batchCount}: the share of the group that got selected
 *     (0 when the group has no cases)
 * @param selectedShare {@code selectedCount / total selected}: the group's share of the selection
 *     (0 when nothing was selected)
 * @param controlShare {@code controlCount / control sample size}: the group's share of the control
 *     sample, the reference (0 when there is no control sample)
 * @param disparityRatio {@code selectedShare / controlShare}; {@code null} when {@code
 *     controlShare} is 0 (the group is absent from the control sample, or there is nothing to
 *     compare) or when nothing was selected
 * @param pValue the significance test's p-value of the group's 2x2 table; {@code null} when there
 *     is nothing to compare (no selected or no control cases)
 * @param flagged whether {@link BiasDisparityPolicy} flags the group
 */
public record GroupRate(
    String group,
    int batchCount,
    int selectedCount,
    int controlCount,
    double selectionRate,
    double selectedShare,
    double controlShare,
    Double disparityRatio,
    Double pValue,
    boolean flagged) {

  public GroupRate {
    Objects.requireNonNull(group, "group");
    if (batchCount < 0 || selectedCount < 0 || controlCount < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** True when the group is in the selection but absent from the control sample. */
  public boolean absentFromControl() {
    return controlCount == 0 && selectedCount > 0;
  }
}
