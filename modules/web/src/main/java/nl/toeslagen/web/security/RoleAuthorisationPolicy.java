package nl.toeslagen.web.security;

import java.util.Collection;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Every API call by role, failing closed: an operation is open only to the roles it names; the
 * inspectorate (every user holding INSPECTIE) only reads. Checked for every request by the web
 * module's role filter, which audits each refusal.
 */
@PolicyRule(
    name = "RoleAuthorisationPolicy",
    guardsNl =
        "Elke handeling staat alleen open voor de rollen die haar mogen doen; de inspectie heeft"
            + " alleen leesrechten.",
    guardsEn =
        "Every action is open only to the roles that may perform it; the inspectorate has"
            + " read-only access.",
    legalBasis = "AVG art. 32 (passende beveiliging); eigen norm (autorisatie per rol)",
    appliesTo = {"Alle API-aanroepen"})
public final class RoleAuthorisationPolicy {

  public static final String NAME = "RoleAuthorisationPolicy";

  private RoleAuthorisationPolicy() {}

  /** The inspectorate is read-only: every user who holds INSPECTIE, whatever else they hold. */
  public static boolean readOnly(Actor actor) {
    return actor.has(Role.INSPECTIE);
  }

  /**
   * May {@code actor} call an operation open to {@code allowedRoles} (role names; null: to nobody)?
   *
   * @param write whether the operation changes anything
   */
  public static PolicyDecision evaluate(
      Actor actor, boolean write, Collection<String> allowedRoles) {
    if (write && readOnly(actor)) {
      return PolicyDecision.refuse(
          NAME, "De inspectie heeft alleen leesrechten.", "The inspectorate has read-only access.");
    }
    if (allowedRoles != null
        && actor.roles().stream().anyMatch(own -> allowedRoles.contains(own.name()))) {
      return PolicyDecision.allow(NAME, "Uw rol mag dit doen.", "Your role may do this.");
    }
    return PolicyDecision.refuse(
        NAME,
        "U heeft niet de juiste rol voor deze handeling.",
        "Your role does not allow this action.");
  }
}
