package nl.toeslagen.riskselection.domain;

import java.util.List;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * A rule set that uses a suspected proxy is activated only with a written justification, a passed
 * bias test on synthetic data and the privacy adviser's approval.
 */
@PolicyRule(
    name = "ProxyFeatureSafeguardPolicy",
    guardsNl =
        "Een regelset met een kenmerk dat indirect onderscheid kan maken (zoals postcode, taal of"
            + " ooit een adres in het buitenland) wordt pas actief met een schriftelijke"
            + " onderbouwing, een geslaagde biastest op synthetische gegevens en goedkeuring van de"
            + " privacyadviseur.",
    guardsEn =
        "A rule set using a suspected proxy (postcode, language, an address abroad) is activated"
            + " only with a written justification, a passed bias test on synthetic data and the"
            + " privacy adviser's approval.",
    legalBasis = "Grondwet art. 1; Awgb art. 1 en 2 (indirect onderscheid); AVG art. 35 (DPIA)",
    appliesTo = {"Vaktechnische goedkeuring (activeren)"})
public final class ProxyFeatureSafeguardPolicy {

  public static final String NAME = "ProxyFeatureSafeguardPolicy";

  public PolicyDecision evaluate(RuleSet ruleSet, FeatureCatalogue catalogue) {
    List<String> proxies =
        ruleSet.featuresUsed().stream()
            .filter(
                f ->
                    catalogue
                        .find(f)
                        .map(x -> x.classification() == FeatureClassification.PROXY_SUSPECT)
                        .orElse(false))
            .toList();
    if (proxies.isEmpty()) {
      return PolicyDecision.allow(
          NAME, "De regelset gebruikt geen verdachte kenmerken.", "The rule set uses no proxy.");
    }
    if (ruleSet.proxyJustification() == null || ruleSet.proxyJustification().isBlank()) {
      return PolicyDecision.refuse(
          NAME,
          "De regelset gebruikt " + proxies + " maar heeft geen schriftelijke onderbouwing.",
          "The rule set uses " + proxies + " but has no written justification.");
    }
    if (ruleSet.biasTest() == null || !ruleSet.biasTest().passed()) {
      return PolicyDecision.refuse(
          NAME,
          "De regelset gebruikt " + proxies + " maar heeft geen geslaagde biastest.",
          "The rule set uses " + proxies + " but has no passed bias test.");
    }
    boolean privacyApproved =
        ruleSet.approvals().stream()
            .anyMatch(a -> a.step() == ApprovalStep.PRIVACY_REVIEW && a.approved());
    if (!privacyApproved) {
      return PolicyDecision.refuse(
          NAME,
          "De regelset gebruikt " + proxies + " maar de privacyadviseur keurde haar niet goed.",
          "The rule set uses " + proxies + " but the privacy adviser has not approved it.");
    }
    return PolicyDecision.allow(
        NAME,
        "Verdachte kenmerken " + proxies + " zijn onderbouwd, getest en goedgekeurd.",
        "Proxies " + proxies + " are justified, tested and approved.");
  }
}
