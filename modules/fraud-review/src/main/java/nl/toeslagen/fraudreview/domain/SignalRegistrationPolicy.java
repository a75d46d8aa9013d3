package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/** Only a supervision officer registers signals. */
@PolicyRule(
    name = "SignalRegistrationPolicy",
    guardsNl = "Alleen een medewerker intensief toezicht registreert een signaal.",
    guardsEn = "Only a supervision officer registers a signal.",
    legalBasis =
        "AVG art. 5 lid 1 sub b en c; eigen norm Dienst Toeslagen (behandelkader signalen)",
    appliesTo = {"Signaal registreren"})
public final class SignalRegistrationPolicy {

  public static final String NAME = "SignalRegistrationPolicy";

  public PolicyDecision evaluate(Actor actor) {
    if (actor == null || !actor.has(Role.TOEZICHT)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen een medewerker intensief toezicht kan een signaal registreren.",
          "Only a supervision officer can register a signal.");
    }
    return PolicyDecision.allow(
        NAME,
        "Geregistreerd door een medewerker intensief toezicht.",
        "Registered by a supervision officer.");
  }
}
