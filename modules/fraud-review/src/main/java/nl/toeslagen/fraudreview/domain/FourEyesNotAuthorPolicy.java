package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** Four eyes: nobody approves their own determination. */
@PolicyRule(
    name = "FourEyesNotAuthorPolicy",
    guardsNl = "Niemand keurt de eigen vaststelling goed of af.",
    guardsEn = "Nobody approves or rejects their own determination.",
    legalBasis = "Awb art. 3:2; eigen norm Dienst Toeslagen (vier ogen)",
    appliesTo = {"Vaststelling beoordelen", "Goedkeuringstaak oppakken of toewijzen"})
public final class FourEyesNotAuthorPolicy {

  public static final String NAME = "FourEyesNotAuthorPolicy";

  public PolicyDecision evaluate(Determination determination, Actor approver) {
    if (determination.author().equals(approver.userName())) {
      return PolicyDecision.refuse(
          NAME,
          "U kunt uw eigen vaststelling niet goedkeuren of afwijzen: een tweede persoon moet dat"
              + " doen.",
          "You cannot approve or reject your own determination: a second person must do so.");
    }
    return PolicyDecision.allow(
        NAME, "De beoordelaar is niet de opsteller.", "The approver is not the author.");
  }
}
