package nl.toeslagen.riskselection.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares, after a selection run, each group's share among the selected cases with its share in
 * the random control sample drawn from the same batch, per protected attribute, and flags the
 * groups {@link BiasDisparityPolicy} flags.
 *
 * <p>For each group the comparison is a 2x2 table: selected in the group, selected not in the
 * group, control in the group, control not in the group. A case that is both selected and in the
 * control sample counts on both rows.
 *
 * <p>When the run has no selected cases or no control cases there is nothing to compare: every
 * group is reported with its counts and shares, no ratio and no p-value, unflagged ({@link
 * BiasReport#comparable()} is false).
 *
 * <p>Linear in the number of cases: one pass counts the cases per attribute and group in hash maps;
 * then one significance test per group.
 */
public final class BiasMonitor {

  private final BiasDisparityPolicy policy;

  public BiasMonitor() {
    this(new BiasDisparityPolicy());
  }

  public BiasMonitor(BiasDisparityPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * The bias report of a batch.
   *
   * @param cases every case of the batch (selected or not, in the control sample or not)
   * @param attributes the protected attributes to assess, e.g. {@code "nationaliteit"}; duplicates
   *     are assessed once
   * @param test the significance test of each group's 2x2 table
   */
  public BiasReport assess(
      List<MonitoredCase> cases, List<String> attributes, SignificanceTest test) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(test, "test");
    List<String> names = List.copyOf(new LinkedHashSet<>(attributes));
    List<Map<String, int[]>> counts = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      counts.add(new HashMap<>());
    }
    int selected = 0;
    int control = 0;
    for (MonitoredCase c : cases) {
      if (c.selected()) {
        selected++;
      }
      if (c.inControlSample()) {
        control++;
      }
      for (int i = 0; i < names.size(); i++) {
        int[] n = counts.get(i).computeIfAbsent(c.group(names.get(i)), g -> new int[3]);
        n[0]++;
        if (c.selected()) {
          n[1]++;
        }
        if (c.inControlSample()) {
          n[2]++;
        }
      }
    }
    List<List<GroupRate>> raw = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      List<GroupRate> groups = new ArrayList<>();
      for (Map.Entry<String, int[]> e : counts.get(i).entrySet()) {
        int[] n = e.getValue();
        groups.add(policy.rate(e.getKey(), n[0], n[1], n[2], selected, control, test));
      }
      raw.add(groups);
    }
    List<List<GroupRate>> adjusted = holm(raw);
    List<AttributeReport> reports = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      reports.add(AttributeReport.of(names.get(i), adjusted.get(i)));
    }
    return BiasReport.of(
        cases.size(), selected, control, test.method() + ", Holm-Bonferroni", reports);
  }

  /**
   * Every group of every attribute is a test of its own: with twenty groups one would, by chance
   * alone, look significant at 5%. The p-values are therefore adjusted with Holm's step-down method
   * over all assessable groups of the run ({@link BiasDisparityPolicy#assessable}: the family-wise
   * error stays below {@link BiasDisparityPolicy#ALPHA}), and a group is flagged on its adjusted
   * p-value. A group too small to be judged keeps its unadjusted p-value and is never flagged.
   * Linear after sorting the groups.
   */
  private List<List<GroupRate>> holm(List<List<GroupRate>> raw) {
    List<double[]> tested = new ArrayList<>(); // {p, attribute index, group index}
    for (int a = 0; a < raw.size(); a++) {
      for (int g = 0; g < raw.get(a).size(); g++) {
        GroupRate r = raw.get(a).get(g);
        Double p = r.pValue();
        if (p != null && policy.assessable(r.selectedCount(), r.controlCount())) {
          tested.add(new double[] {p, a, g});
        }
      }
    }
    tested.sort((x, y) -> Double.compare(x[0], y[0]));
    int m = tested.size();
    double[][] adjustedP = new double[raw.size()][];
    for (int a = 0; a < raw.size(); a++) {
      adjustedP[a] = new double[raw.get(a).size()];
    }
    double running = 0;
    for (int k = 0; k < m; k++) {
      double[] t = tested.get(k);
      running = Math.max(running, Math.min(1.0, (m - k) * t[0]));
      adjustedP[(int) t[1]][(int) t[2]] = running;
    }
    List<List<GroupRate>> result = new ArrayList<>(raw.size());
    for (int a = 0; a < raw.size(); a++) {
      List<GroupRate> groups = new ArrayList<>(raw.get(a).size());
      for (int g = 0; g < raw.get(a).size(); g++) {
        GroupRate r = raw.get(a).get(g);
        boolean judged =
            r.pValue() != null && policy.assessable(r.selectedCount(), r.controlCount());
        Double p = judged ? Double.valueOf(adjustedP[a][g]) : r.pValue();
        groups.add(
            new GroupRate(
                r.group(),
                r.batchCount(),
                r.selectedCount(),
                r.controlCount(),
                r.selectionRate(),
                r.selectedShare(),
                r.controlShare(),
                r.disparityRatio(),
                p,
                judged
                    && policy.flags(r.selectedCount(), r.controlCount(), r.disparityRatio(), p)));
      }
      result.add(groups);
    }
    return result;
  }
}
