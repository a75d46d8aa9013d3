package nl.toeslagen.riskselection.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * The features a rule set declares are exactly the inputs of its decision table, and every one is
 * in the catalogue: no rule reads what it does not declare.
 */
@PolicyRule(
    name = "DeclaredFeaturesPolicy",
    guardsNl =
        "Een regelset gebruikt alleen kenmerken uit de catalogus, en precies de kenmerken die zij"
            + " opgeeft: de invoer van haar beslistabel.",
    guardsEn =
        "A rule set uses only features from the catalogue, and exactly those it declares: the"
            + " inputs of its decision table.",
    legalBasis = "AVG art. 5 lid 1 onder b en c (doelbinding, minimale gegevensverwerking)",
    appliesTo = {"Selectieregels registreren"})
public final class DeclaredFeaturesPolicy {

  public static final String NAME = "DeclaredFeaturesPolicy";

  /**
   * @param tableInputs the input expressions read from the decision table
   * @param declared the features the request declares, or null to declare the table's inputs
   */
  public PolicyDecision evaluate(
      List<String> tableInputs, List<String> declared, FeatureCatalogue catalogue) {
    for (String input : tableInputs) {
      if (catalogue.find(input).isEmpty()) {
        return PolicyDecision.refuse(
            NAME,
            "Kenmerk '" + input + "' staat niet in de kenmerkencatalogus.",
            "Feature '" + input + "' is not in the feature catalogue.");
      }
    }
    if (declared != null) {
      Set<String> inputs = new LinkedHashSet<>(tableInputs);
      Set<String> claimed = new LinkedHashSet<>(declared);
      if (!inputs.equals(claimed)) {
        return PolicyDecision.refuse(
            NAME,
            "De opgegeven kenmerken "
                + claimed
                + " zijn niet de kenmerken die de beslistabel leest: "
                + inputs
                + ".",
            "The declared features " + claimed + " are not those the table reads: " + inputs + ".");
      }
    }
    return PolicyDecision.allow(
        NAME,
        "De regelset leest alleen opgegeven kenmerken uit de catalogus.",
        "The rule set reads only declared features from the catalogue.");
  }
}
