package nl.toeslagen.riskselection.domain;

import java.util.List;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** The threshold is positive and some combination of indicators reaches it. */
@PolicyRule(
    name = "ReachableThresholdPolicy",
    guardsNl =
        "De drempel van een regelset is groter dan nul en te halen met de punten van haar"
            + " indicatoren; een regelset die niemand kan selecteren is misleidend.",
    guardsEn =
        "A rule set's threshold is above zero and reachable with its indicators' points; a rule"
            + " set that can select nobody is misleading.",
    legalBasis = "Awb art. 3:2 (zorgvuldige voorbereiding); waarborgenkader selectie-instrumenten",
    appliesTo = {"Selectieregels registreren"})
public final class ReachableThresholdPolicy {

  public static final String NAME = "ReachableThresholdPolicy";

  public PolicyDecision evaluate(int threshold, List<Indicator> indicators) {
    long max = indicators.stream().mapToLong(i -> Math.max(0, i.points())).sum();
    if (threshold < 1) {
      return PolicyDecision.refuse(
          NAME, "De drempel moet groter zijn dan nul.", "The threshold must be above zero.");
    }
    if (max < threshold) {
      return PolicyDecision.refuse(
          NAME,
          "Geen enkele score haalt de drempel van "
              + threshold
              + ": alle indicatoren samen geven "
              + max
              + " punten.",
          "No score can reach the threshold of "
              + threshold
              + ": all indicators together give "
              + max
              + " points.");
    }
    return PolicyDecision.allow(
        NAME,
        "De drempel is te halen (hoogste score " + max + ").",
        "The threshold is reachable (highest score " + max + ").");
  }
}
