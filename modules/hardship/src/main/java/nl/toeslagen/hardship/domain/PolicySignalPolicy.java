package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * A request that cannot be (fully) granted but shows a law that bites is a signal for policy, with
 * its category, so that signal management can count them (DOMAIN.md: signals feed signal
 * management). A full grant solved the case inside the law and is no such signal.
 */
@PolicyRule(
    name = "PolicySignalPolicy",
    guardsNl =
        "Een verzoek dat niet (helemaal) kan worden toegekend maar laat zien dat een wet te hard"
            + " uitpakt, wordt een signaal voor beleid met een categorie.",
    guardsEn =
        "A request that cannot be (fully) granted but shows a law that bites becomes a signal for"
            + " policy with a category.",
    legalBasis = "Eigen norm signaalmanagement (seed 004); Awir art. 47",
    appliesTo = {"Beoordelen"})
public final class PolicySignalPolicy {

  public static final String NAME = "PolicySignalPolicy";

  public PolicyDecision evaluate(HardshipOutcome outcome, PolicySignalCategory category) {
    if (category == null) {
      return PolicyDecision.allow(NAME, "Geen signaal voor beleid.", "No signal for policy.");
    }
    if (outcome == HardshipOutcome.TOEGEKEND) {
      return PolicyDecision.refuse(
          NAME,
          "Een volledig toegekend verzoek is geen signaal voor beleid; laat de categorie leeg.",
          "A fully granted request is no signal for policy; leave the category empty.");
    }
    return PolicyDecision.allow(
        NAME,
        "Signaal voor beleid: " + category.labelNl() + ".",
        "Signal for policy: " + category.labelEn() + ".");
  }
}
