package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * While a hardship request is open, collection of the recovery it is about is paused: collecting
 * what the citizen asks to have softened would decide the request before it is assessed. One open
 * request per recovery: a second one while the first is open is a conflict (409), it names the open
 * one.
 */
@PolicyRule(
    name = "CollectionPausePolicy",
    guardsNl =
        "Zolang een hardheidsverzoek open is, wordt de terugvordering waarover het gaat niet"
            + " ingevorderd; per terugvordering is er één open verzoek.",
    guardsEn =
        "While a hardship request is open, the recovery it is about is not collected; one open"
            + " request per recovery.",
    legalBasis = "Awb art. 3:4 (evenredigheid); Invorderingsstrategie Toeslagen (seed 003)",
    appliesTo = {"Hardheidsverzoek registreren", "Invordering"})
public final class CollectionPausePolicy {

  public static final String NAME = "CollectionPausePolicy";

  public PolicyDecision paused(HardshipRequest request) {
    if (request.open()) {
      return PolicyDecision.allow(
          NAME,
          "Invordering van " + request.recoveryReference() + " gepauzeerd: verzoek open.",
          "Collection of " + request.recoveryReference() + " paused: request open.");
    }
    return PolicyDecision.allow(
        NAME, "Verzoek besloten: de pauze is voorbij.", "Request decided: the pause has ended.");
  }

  /** A second open request about the same recovery. */
  public PolicyDecision second(HardshipRequest open) {
    return PolicyDecision.refuse(
        NAME,
        "Over deze terugvordering loopt al een verzoek (" + open.caseNumber() + ").",
        "A request about this recovery is already open (" + open.caseNumber() + ").");
  }
}
