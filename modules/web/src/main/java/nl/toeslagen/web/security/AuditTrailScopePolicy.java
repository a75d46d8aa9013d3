package nl.toeslagen.web.security;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Who searches the whole audit trail: the inspectorate, administrators, team managers and the
 * privacy adviser. Everyone else reads the timeline of one object only and must name it (type and
 * id). An organisational control (need-to-know, BIO/ISO 27002 control 8.3); no article of law
 * prescribes it, so the decision carries no legal basis.
 */
@PolicyRule(
    name = "AuditTrailScopePolicy",
    guardsNl =
        "Alleen inspectie, beheer, teamleiders en de privacyadviseur doorzoeken de hele audittrail;"
            + " anderen zien alleen de tijdlijn van één zaak.",
    guardsEn =
        "Only the inspectorate, administrators, team managers and the privacy adviser search the"
            + " whole audit trail; others see the timeline of one case only.",
    legalBasis = "Eigen norm (need-to-know, BIO / ISO/IEC 27002:2022 maatregel 8.3)",
    appliesTo = {"Audittrail doorzoeken", "Audittrail exporteren"})
public final class AuditTrailScopePolicy {

  public static final String NAME = "AuditTrailScopePolicy";

  private AuditTrailScopePolicy() {}

  /** May {@code actor} search the whole trail? */
  public static boolean readsWholeTrail(Actor actor) {
    return actor != null
        && actor.hasAny(Role.INSPECTIE, Role.BEHEER, Role.TEAMLEIDER, Role.PRIVACY);
  }

  /** May {@code actor} search with this scope (an object type and id, or neither)? */
  public static PolicyDecision evaluate(Actor actor, String objectType, String objectId) {
    boolean wholeTrail = readsWholeTrail(actor);
    if (!wholeTrail && (objectType == null || objectId == null)) {
      return PolicyDecision.refuse(
          NAME,
          "U kunt alleen de tijdlijn van één zaak bekijken: geef objectType en objectId op.",
          "You can only see the timeline of one case: give objectType and objectId.");
    }
    return PolicyDecision.allow(
        NAME,
        wholeTrail ? "Hele audittrail." : "De tijdlijn van één zaak.",
        wholeTrail ? "Whole audit trail." : "The timeline of one case.");
  }
}
