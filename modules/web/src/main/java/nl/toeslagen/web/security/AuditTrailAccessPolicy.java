package nl.toeslagen.web.security;

import java.util.Optional;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Who reads the audit timeline of an object: the roles that may read such objects (as the contexts
 * declare them, {@link AuditedObjectType}), and the inspectorate, which holds the whole trail
 * read-only. A type no context declares: only who reads the whole trail ({@link
 * AuditTrailScopePolicy}). The timeline of a citizen's case is itself data about the citizen, so
 * its readers are those of the case (AVG art. 5(1)(c) and 32).
 */
@PolicyRule(
    name = "AuditTrailAccessPolicy",
    guardsNl =
        "De tijdlijn van een zaak in de audittrail ziet alleen wie de zaak zelf mag inzien, en de"
            + " inspectie.",
    guardsEn =
        "The audit timeline of a case is seen only by who may read the case itself, and by the"
            + " inspectorate.",
    legalBasis = "AVG art. 5 lid 1 onder c en art. 32 (dataminimalisatie, beveiliging)",
    appliesTo = {"Audittrail doorzoeken", "Tijdlijn van een zaak", "Audittrail exporteren"})
public final class AuditTrailAccessPolicy {

  public static final String NAME = "AuditTrailAccessPolicy";

  private AuditTrailAccessPolicy() {}

  /**
   * May {@code actor} read the timeline of objects of {@code objectType} (null: the whole trail),
   * declared by a context as {@code declared} (empty: no context declares the type)?
   */
  public static PolicyDecision evaluate(
      Actor actor, String objectType, Optional<AuditedObjectType> declared) {
    boolean wholeTrail = AuditTrailScopePolicy.readsWholeTrail(actor);
    if (objectType == null) {
      return wholeTrail
          ? PolicyDecision.allow(NAME, "Hele audittrail.", "Whole audit trail.")
          : PolicyDecision.refuse(
              NAME,
              "U mag de hele audittrail niet inzien.",
              "You may not read the whole audit trail.");
    }
    if (declared.isPresent()) {
      // the inspectorate reads every timeline (it holds the whole trail, read-only)
      return declared.get().readableBy(actor) || actor.has(Role.INSPECTIE)
          ? PolicyDecision.allow(
              NAME,
              "U mag dit object inzien, dus ook zijn tijdlijn.",
              "You may read this object, so also its timeline.")
          : PolicyDecision.refuse(
              NAME,
              "U mag de tijdlijn van dit soort object niet inzien: uw rol mag het object zelf niet"
                  + " inzien.",
              "You may not read the timeline of this kind of object: your role may not read the"
                  + " object itself.");
    }
    if (!wholeTrail) {
      return PolicyDecision.refuse(
          NAME,
          "U mag de tijdlijn van dit soort object niet inzien.",
          "You may not read the timeline of this kind of object.");
    }
    return PolicyDecision.allow(NAME, "Hele audittrail.", "Whole audit trail.");
  }
}
