package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;

/** Four eyes: the approver holds the role the phase needs. */
public final class FourEyesRolePolicy {

  public static final String NAME = "FourEyes.ApproverRole";

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
