package nl.toeslagen.riskselection.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The bias comparison for one protected attribute: one {@link GroupRate} per value seen in the
 * batch.
 *
 * @param attribute the protected attribute, e.g. {@code "nationaliteit"}
 * @param groups the groups, sorted by group (copied and sorted here)
 * @param flagged whether any group is flagged
 */
public record AttributeReport(String attribute, List<GroupRate> groups, boolean flagged) {

  public AttributeReport {
    Objects.requireNonNull(attribute, "attribute");
    groups = groups.stream().sorted(Comparator.comparing(GroupRate::group)).toList();
  }

  /** A report whose flag is that of its groups. */
  public static AttributeReport of(String attribute, List<GroupRate> groups) {
    return new AttributeReport(attribute, groups, groups.stream().anyMatch(GroupRate::flagged));
  }

  /** The flagged groups, in group order. */
  public List<GroupRate> flaggedGroups() {
    return groups.stream().filter(GroupRate::flagged).toList();
  }
}
