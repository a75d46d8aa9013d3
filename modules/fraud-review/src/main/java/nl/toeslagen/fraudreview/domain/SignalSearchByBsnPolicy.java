package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/** Only supervision officers and the professional line search signals by BSN. */
@PolicyRule(
    name = "SignalSearchByBsnPolicy",
    guardsNl =
        "Alleen medewerkers toezicht en vaktechniek zoeken signalen op BSN; alleen open signalen,"
            + " en elke zoekvraag wordt vastgelegd.",
    guardsEn =
        "Only supervision officers and the professional line search signals by BSN; open signals"
            + " only, and every search is recorded.",
    legalBasis = "AVG art. 5 lid 1 sub c (minimale gegevensverwerking)",
    appliesTo = {"Signalen zoeken op BSN"})
public final class SignalSearchByBsnPolicy {

  public static final String NAME = "SignalSearchByBsnPolicy";

  public PolicyDecision evaluate(Actor actor) {
    if (actor == null || !actor.hasAny(Role.TOEZICHT, Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen medewerkers toezicht en vaktechniek mogen signalen op BSN zoeken.",
          "Only supervision officers and the professional line may search signals by BSN.");
    }
    return PolicyDecision.allow(NAME, "Zoeken toegestaan.", "Search allowed.");
  }
}
