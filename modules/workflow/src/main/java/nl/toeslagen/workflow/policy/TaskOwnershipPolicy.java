package nl.toeslagen.workflow.policy;

import java.util.Objects;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Who works a task that someone holds: only its assignee completes it; only its assignee or a team
 * manager releases it; nobody claims a task another person holds (a manager reassigns it, with a
 * reason, instead). A task is never silently taken over, so the audit trail shows who did the work.
 * Plain values in, a decision out: no engine types.
 */
@PolicyRule(
    name = "TaskOwnershipPolicy",
    guardsNl =
        "Alleen wie een taak heeft, rondt haar af; alleen die persoon of een teamleider geeft haar"
            + " terug; een taak van een ander wordt niet overgenomen.",
    guardsEn =
        "Only the assignee completes a task; only the assignee or a team manager releases it; a"
            + " task held by someone else is not taken over.",
    legalBasis =
        "Eigen norm (verantwoording per behandelaar, BIO / ISO/IEC 27002:2022 maatregel 5.3)",
    appliesTo = {"Taak oppakken", "Taak teruggeven", "Taak afronden"})
public final class TaskOwnershipPolicy {

  public static final String NAME = "TaskOwnershipPolicy";

  private TaskOwnershipPolicy() {}

  /** May {@code user} claim a task now held by {@code assignee} (null: nobody)? */
  public static PolicyDecision mayClaim(String assignee, String user) {
    if (assignee != null && !assignee.equals(user)) {
      return PolicyDecision.refuse(
          NAME,
          "Deze taak is al in behandeling bij " + assignee + ".",
          "This task is already assigned to " + assignee + ".");
    }
    return PolicyDecision.allow(NAME, "De taak is vrij.", "The task is free.");
  }

  /** May {@code user} release a task held by {@code assignee}? */
  public static PolicyDecision mayRelease(String assignee, String user, boolean teamManager) {
    if (!Objects.equals(assignee, user) && !teamManager) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen wie de taak heeft, of een teamleider, kan haar teruggeven.",
          "Only the assignee, or a team manager, can release a task.");
    }
    return PolicyDecision.allow(
        NAME, "De taak mag worden teruggegeven.", "The task may be released.");
  }

  /** May {@code user} complete a task held by {@code assignee}? */
  public static PolicyDecision mayComplete(String assignee, String user) {
    if (user == null || !user.equals(assignee)) {
      return PolicyDecision.refuse(
          NAME,
          "U kunt alleen een taak afronden die aan u is toegewezen. Pak de taak eerst op.",
          "You can only complete a task that is assigned to you. Claim it first.");
    }
    return PolicyDecision.allow(
        NAME, "De taak is aan u toegewezen.", "The task is assigned to you.");
  }
}
