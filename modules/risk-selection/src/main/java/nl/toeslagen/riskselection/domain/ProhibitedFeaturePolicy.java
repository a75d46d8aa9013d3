package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** No rule set reads a prohibited feature (a protected ground). */
@PolicyRule(
    name = "ProhibitedFeaturePolicy",
    guardsNl =
        "Geen selectieregel gebruikt een verboden kenmerk, zoals nationaliteit, dubbele"
            + " nationaliteit, geboorteland of etniciteit.",
    guardsEn =
        "No selection rule uses a prohibited feature, such as nationality, dual nationality,"
            + " country of birth or ethnicity.",
    legalBasis =
        "Grondwet art. 1; AVG art. 5, 6 en 9; Awgb art. 1; besluit Autoriteit Persoonsgegevens"
            + " 2021 (boete EUR 2,75 miljoen)",
    appliesTo = {"Selectieregels registreren", "Nieuwe versie van selectieregels"})
public final class ProhibitedFeaturePolicy {

  public static final String NAME = "ProhibitedFeaturePolicy";

  /** Whether the table may read {@code feature}. */
  public PolicyDecision evaluate(String feature, FeatureCatalogue catalogue) {
    boolean prohibited =
        catalogue
            .find(feature)
            .map(f -> f.classification() == FeatureClassification.PROHIBITED)
            .orElse(false);
    if (prohibited) {
      return PolicyDecision.refuse(
          NAME,
          "Kenmerk '"
              + feature
              + "' is verboden als selectiekenmerk (beschermde grond). Een regelset die het gebruikt"
              + " wordt niet geregistreerd.",
          "Feature '"
              + feature
              + "' is prohibited in selection (a protected ground). A rule set that uses it is not"
              + " registered.");
    }
    return PolicyDecision.allow(
        NAME,
        "Kenmerk '" + feature + "' is niet verboden.",
        "Feature '" + feature + "' is not prohibited.");
  }
}
