package nl.toeslagen.workflow.api;

import java.util.List;

/**
 * Which tasks to list. {@code assignee} = tasks assigned to that user; {@code candidateGroups} =
 * unassigned tasks offered to one of these groups (roles); {@code all} = every open task
 * (managers). Null fields do not filter.
 */
public record TaskQuery(
    String assignee,
    List<String> candidateGroups,
    boolean unassignedOnly,
    boolean all,
    String processKey,
    String businessKey) {

  public static TaskQuery assignedTo(String user) {
    return new TaskQuery(user, null, false, false, null, null);
  }

  public static TaskQuery offeredTo(List<String> groups) {
    return new TaskQuery(null, groups, true, false, null, null);
  }

  public static TaskQuery everything() {
    return new TaskQuery(null, null, false, true, null, null);
  }

  public static TaskQuery forCase(String businessKey) {
    return new TaskQuery(null, null, false, true, null, businessKey);
  }
}
