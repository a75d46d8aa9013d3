package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * A rule set suspended because bias monitoring flagged it is never reinstated as it is: it is
 * retired, and a corrected version goes through the whole approval again.
 */
@PolicyRule(
    name = "FlaggedRuleSetsStaySuspendedPolicy",
    guardsNl =
        "Een regelset die door de biasmonitor is geschorst, wordt niet ongewijzigd hersteld: zij"
            + " gaat buiten gebruik en een verbeterde versie doorloopt opnieuw de hele goedkeuring.",
    guardsEn =
        "A rule set suspended by bias monitoring is not reinstated unchanged: it is retired and a"
            + " corrected version goes through the whole approval again.",
    legalBasis = "Grondwet art. 1; waarborgenkader selectie-instrumenten (nooit zelflerend)",
    appliesTo = {"Schorsing beoordelen"})
public final class FlaggedRuleSetsStaySuspendedPolicy {

  public static final String NAME = "FlaggedRuleSetsStaySuspendedPolicy";

  public PolicyDecision evaluate(RuleSet ruleSet) {
    if (ruleSet.suspendedByBias()) {
      return PolicyDecision.refuse(
          NAME,
          "Deze regelset is geschorst omdat de biasmonitor onderscheid vond; herstel is niet"
              + " mogelijk. Zet haar buiten gebruik en registreer een verbeterde versie.",
          "This rule set was suspended because bias monitoring found disparity; it cannot be"
              + " reinstated. Retire it and register a corrected version.");
    }
    return PolicyDecision.allow(
        NAME,
        "De schorsing kwam niet van de biasmonitor.",
        "The suspension was not by monitoring.");
  }
}
