package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** Only an active (registered and fully approved, not suspended) rule set selects cases. */
@PolicyRule(
    name = "OnlyActiveRuleSetsRunPolicy",
    guardsNl =
        "Alleen een actieve regelset (geregistreerd, volledig goedgekeurd en niet geschorst)"
            + " selecteert zaken.",
    guardsEn = "Only an active rule set (registered, fully approved, not suspended) selects cases.",
    legalBasis = "Waarborgenkader selectie-instrumenten; AVG art. 5 lid 2 (verantwoording)",
    appliesTo = {"Selectierun starten"})
public final class OnlyActiveRuleSetsRunPolicy {

  public static final String NAME = "OnlyActiveRuleSetsRunPolicy";

  public PolicyDecision evaluate(RuleSet ruleSet) {
    if (ruleSet.status() != RuleSetStatus.ACTIVE) {
      return PolicyDecision.refuse(
          NAME,
          "Regelset '"
              + ruleSet.name()
              + "' versie "
              + ruleSet.version()
              + " is niet actief ("
              + ruleSet.status().labelNl()
              + ") en mag niet draaien.",
          "Rule set '"
              + ruleSet.name()
              + "' version "
              + ruleSet.version()
              + " is not active ("
              + ruleSet.status().labelEn()
              + ") and may not run.");
    }
    return PolicyDecision.allow(NAME, "De regelset is actief.", "The rule set is active.");
  }
}
