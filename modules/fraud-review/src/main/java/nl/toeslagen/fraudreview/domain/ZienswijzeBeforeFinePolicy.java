package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** No fine proposal before the citizen was asked for their view and it was recorded. */
@PolicyRule(
    name = "ZienswijzeBeforeFinePolicy",
    guardsNl =
        "Een boetevoorstel kan pas nadat de zienswijze van de burger is gevraagd en vastgelegd.",
    guardsEn = "A fine can only be proposed after the citizen's view was asked and recorded.",
    legalBasis = "Awb art. 4:8; Awb art. 5:53",
    appliesTo = {"Vaststelling indienen (uitkomst met boetevoorstel)"})
public final class ZienswijzeBeforeFinePolicy {

  public static final String NAME = "ZienswijzeBeforeFinePolicy";

  public PolicyDecision evaluate(Zienswijze zienswijze) {
    if (zienswijze == null) {
      return PolicyDecision.refuse(
          NAME,
          "Een boetevoorstel kan pas nadat de burger om een zienswijze is gevraagd en die is"
              + " vastgelegd.",
          "A fine can only be proposed after the citizen was asked for their view and it was"
              + " recorded.",
          Laws.awb("4:8"));
    }
    return PolicyDecision.allow(
        NAME, "De zienswijze is vastgelegd.", "The view was recorded.", Laws.awb("4:8"));
  }
}
