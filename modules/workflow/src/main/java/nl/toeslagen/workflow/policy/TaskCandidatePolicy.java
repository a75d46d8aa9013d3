package nl.toeslagen.workflow.policy;

import java.util.Collection;
import java.util.List;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Who may take on a task: a task offered to candidate groups (roles) is claimed or assigned only by
 * or to someone who holds one of them; a team manager may claim any task of the team. A task
 * offered to no group is open to all. The context's own rules on a task (e.g. four eyes) come on
 * top of this ({@link nl.toeslagen.kernel.TaskEligibility}). Plain values in, a decision out: no
 * engine types.
 */
@PolicyRule(
    name = "TaskCandidatePolicy",
    guardsNl =
        "Een taak wordt alleen opgepakt door, of toegewezen aan, iemand met een rol waarvoor zij"
            + " bestemd is (een teamleider mag elke taak oppakken).",
    guardsEn =
        "A task is claimed by, or assigned to, only someone holding a role it is meant for (a team"
            + " manager may claim any task).",
    legalBasis =
        "Eigen norm (functiescheiding en deskundigheid, BIO / ISO/IEC 27002:2022 maatregel 5.3)",
    appliesTo = {"Taak oppakken", "Taak toewijzen (teamleider)"})
public final class TaskCandidatePolicy {

  public static final String NAME = "TaskCandidatePolicy";

  private TaskCandidatePolicy() {}

  /**
   * May a user holding {@code roles} (role names) claim a task offered to {@code groups}?
   *
   * @param teamManager whether the user is a team manager
   */
  public static PolicyDecision mayClaim(
      Collection<String> roles, boolean teamManager, List<String> groups) {
    if (teamManager || groups.isEmpty() || roles.stream().anyMatch(groups::contains)) {
      return PolicyDecision.allow(
          NAME,
          "U heeft een rol waarvoor de taak bestemd is.",
          "You hold a role the task is meant for.");
    }
    return PolicyDecision.refuse(
        NAME,
        "U mag deze taak niet oppakken: zij is bestemd voor " + String.join(", ", groups) + ".",
        "You may not claim this task: it is meant for " + String.join(", ", groups) + ".");
  }

  /**
   * May the task {@code taskName}, offered to {@code groups}, be assigned to {@code assignee}, who
   * holds {@code roles} (role names)?
   */
  public static PolicyDecision mayBeAssigned(
      String assignee, Collection<String> roles, String taskName, List<String> groups) {
    if (groups.isEmpty() || roles.stream().anyMatch(groups::contains)) {
      return PolicyDecision.allow(
          NAME,
          assignee + " heeft een rol waarvoor de taak bestemd is.",
          assignee + " holds a role the task is meant for.");
    }
    return PolicyDecision.refuse(
        NAME,
        assignee
            + " heeft niet de rol voor '"
            + taskName
            + "' ("
            + String.join(", ", groups)
            + "). Er is niets toegewezen.",
        assignee
            + " does not hold the role for '"
            + taskName
            + "' ("
            + String.join(", ", groups)
            + "). Nothing was assigned.");
  }
}
