package nl.toeslagen.kernel;

import java.util.Set;

/**
 * Asks the context that owns a process whether a user may work one of its tasks (claim it, or be
 * assigned to it by a manager). The web and workflow layers look the implementation up by the
 * process key of the task, so they need no knowledge of the context's domain. Contexts implement it
 * as a CDI bean; a task of a process no bean claims is decided by its candidate groups alone.
 */
public interface TaskEligibility {

  /** The process definition keys whose tasks this bean decides on. */
  Set<String> processKeys();

  /** The object type the cases of these processes have in the audit trail, e.g. "OBJECTION". */
  String objectType();

  /**
   * May {@code user} work the task {@code taskKey} (the task definition key) of case {@code caseId}
   * (the process business key)? Only the case's own rules are applied here (e.g. four eyes); the
   * candidate-group check stays with the caller. Reading the case for this is not a read of a
   * citizen's data on the user's behalf and is not audited as such.
   */
  PolicyDecision mayWork(String caseId, String taskKey, Actor user);

  /**
   * The users whom the case's own rules refuse the task {@code taskKey} of case {@code caseId}
   * whatever their roles (four eyes: who took an earlier step, who wrote the determination), as the
   * task is created. The task list leaves the task out of their team list, in its query; claim and
   * assignment still ask {@link #mayWork}. Empty when the rules depend on nothing but the role.
   */
  default Set<String> excludedUsers(String caseId, String taskKey) {
    return Set.of();
  }

  /**
   * May {@code user} find this context's tasks by a citizen's full BSN (the task list's free-text
   * search)? Allowed unless the context limits who may look its cases up by citizen, e.g. the fraud
   * review's {@code SignalSearchByBsnPolicy}. The task list never offers more than the user's own
   * list; this decides only whether a BSN may select from it.
   */
  default PolicyDecision mayFindByCitizen(Actor user) {
    return PolicyDecision.allow(
        "TaskListSearch",
        "Taken van deze zaken mogen op BSN worden gezocht.",
        "Tasks of these cases may be searched by BSN.");
  }
}
