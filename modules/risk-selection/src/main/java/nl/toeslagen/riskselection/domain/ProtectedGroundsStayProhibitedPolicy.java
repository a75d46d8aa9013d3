package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** Nationality, dual nationality, country of birth and ethnicity are never usable. */
@PolicyRule(
    name = "ProtectedGroundsStayProhibitedPolicy",
    guardsNl =
        "Een beschermde grond (nationaliteit, dubbele nationaliteit, geboorteland, etniciteit)"
            + " blijft verboden als selectiekenmerk; die classificatie kan niet worden gewijzigd.",
    guardsEn =
        "A protected ground (nationality, dual nationality, country of birth, ethnicity) stays"
            + " prohibited as a selection feature; that classification cannot be changed.",
    legalBasis =
        "Grondwet art. 1; AVG art. 9; Awgb art. 1; besluit Autoriteit Persoonsgegevens 2021",
    appliesTo = {"Classificatiewijziging voorstellen"})
public final class ProtectedGroundsStayProhibitedPolicy {

  public static final String NAME = "ProtectedGroundsStayProhibitedPolicy";

  public PolicyDecision evaluate(SelectionFeature feature, FeatureClassification to) {
    if (feature.protectedGround() && to != FeatureClassification.PROHIBITED) {
      return PolicyDecision.refuse(
          NAME,
          "'" + feature.code() + "' is een beschermde grond en blijft altijd verboden.",
          "'" + feature.code() + "' is a protected ground and always stays prohibited.");
    }
    return PolicyDecision.allow(
        NAME,
        "De wijziging raakt geen beschermde grond.",
        "The change touches no protected ground.");
  }
}
