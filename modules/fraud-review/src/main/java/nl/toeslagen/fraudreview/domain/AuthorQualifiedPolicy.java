package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Determinations are written by supervision officers or the professional line, never by the system.
 */
@PolicyRule(
    name = "AuthorQualifiedPolicy",
    guardsNl =
        "Alleen een medewerker toezicht of vaktechniek stelt een vaststelling op; nooit een systeem.",
    guardsEn =
        "Only a supervision officer or the professional line authors a determination; never a system.",
    legalBasis = "AVG art. 22; eigen norm Dienst Toeslagen (behandelkader intensief toezicht)",
    appliesTo = {"Vaststelling indienen"})
public final class AuthorQualifiedPolicy {

  public static final String NAME = "AuthorQualifiedPolicy";

  public PolicyDecision evaluate(Actor author) {
    if (author.isSystem() || !author.hasAny(Role.TOEZICHT, Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen een medewerker toezicht of vaktechniek kan een vaststelling opstellen; een"
              + " kwalificatie wordt nooit door een systeem gemaakt.",
          "Only a supervision officer or professional-line reviewer can author a determination; a"
              + " qualification is never made by a system.");
    }
    return PolicyDecision.allow(
        NAME, "De opsteller is daartoe bevoegd.", "The author is qualified.");
  }
}
