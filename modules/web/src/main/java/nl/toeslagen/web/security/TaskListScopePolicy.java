package nl.toeslagen.web.security;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Who sees every open task: only a team manager, who divides the work. Everyone else sees their own
 * tasks and the unassigned tasks offered to their roles. An organisational control (need-to-know);
 * no article of law prescribes it.
 */
@PolicyRule(
    name = "TaskListScopePolicy",
    guardsNl =
        "Alleen een teamleider ziet alle open taken; anderen zien hun eigen taken en die van hun rol.",
    guardsEn =
        "Only a team manager sees all open tasks; others see their own tasks and those of their role.",
    legalBasis = "Eigen norm (need-to-know, BIO / ISO/IEC 27002:2022 maatregel 8.3)",
    appliesTo = {"Takenlijst: alle taken"})
public final class TaskListScopePolicy {

  public static final String NAME = "TaskListScopePolicy";

  private TaskListScopePolicy() {}

  /** May {@code actor} list all open tasks? */
  public static PolicyDecision mayListAll(Actor actor) {
    return actor != null && actor.has(Role.TEAMLEIDER)
        ? PolicyDecision.allow(
            NAME, "Een teamleider ziet alle taken.", "A team manager sees all tasks.")
        : PolicyDecision.refuse(
            NAME, "Alleen een teamleider ziet alle taken.", "Only a team manager sees all tasks.");
  }
}
