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
    List<AttributeReport> reports = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      List<GroupRate> groups = new ArrayList<>();
      for (Map.Entry<String, int[]> e : counts.get(i).entrySet()) {
        int[] n = e.getValue();
        groups.add(policy.rate(e.getKey(), n[0], n[1], n[2], selected, control, test));
      }
      reports.add(AttributeReport.of(names.get(i), groups));
    }
    return BiasReport.of(cases.size(), selected, control, test.method(), reports);
  }
}
