package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/** Four eyes: the approver holds the role the phase needs. */
@PolicyRule(
    name = "FourEyesRolePolicy",
    guardsNl =
        "De beoordelaar heeft de rol die de fase vraagt (vaktechniek bij opzet of grove schuld).",
    guardsEn =
        "The approver holds the role the phase needs (the professional line for intent or gross negligence).",
    legalBasis = "Awb art. 3:2; Awir art. 40; eigen norm Dienst Toeslagen (vier ogen)",
    appliesTo = {"Vaststelling beoordelen", "Goedkeuringstaak oppakken of toewijzen"})
public final class FourEyesRolePolicy {

  public static final String NAME = "FourEyesRolePolicy";

  public PolicyDecision evaluate(Determination determination, Actor approver) {
    Role needed = RequiredApproverRole.of(determination.phase(), determination.conclusion());
    if (!approver.has(needed)) {
      return PolicyDecision.refuse(
          NAME,
          "Deze vaststelling ("
              + determination.phase().nl()
              + ") mag alleen worden goedgekeurd door iemand met de rol "
              + needed
              + ".",
          "This determination ("
              + determination.phase().en()
              + ") may only be approved by someone with the role "
              + needed
              + ".");
    }
    return PolicyDecision.allow(
        NAME,
        "De beoordelaar heeft de rol " + needed + ".",
        "The approver holds the role " + needed + ".");
  }
}
