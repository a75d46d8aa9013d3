package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.ValidationException;

/**
 * A rule set states what it is for and on which legal basis (a BWB reference): without a purpose
 * and a basis no processing of personal data for selection is lawful.
 */
@PolicyRule(
    name = "PurposeAndLegalBasisPolicy",
    guardsNl =
        "Elke regelset noemt haar doel en haar wettelijke grondslag (een BWB-verwijzing, zoals"
            + " BWBR0018472 art. 40).",
    guardsEn =
        "Every rule set states its purpose and its legal basis (a BWB reference, such as"
            + " BWBR0018472 art. 40).",
    legalBasis = "AVG art. 5 lid 1 onder b (doelbinding) en art. 6 lid 1 onder e en lid 3",
    appliesTo = {"Selectieregels registreren"})
public final class PurposeAndLegalBasisPolicy {

  public static final String NAME = "PurposeAndLegalBasisPolicy";

  /** The purpose: refused when blank. */
  public PolicyDecision purpose(String purpose) {
    if (purpose == null || purpose.isBlank()) {
      return PolicyDecision.refuse(
          NAME,
          "Vul het doel van de regelset in: waarvoor selecteert zij?",
          "Enter the rule set's purpose: what does it select for?");
    }
    return PolicyDecision.allow(NAME, "Het doel is genoemd.", "The purpose is stated.");
  }

  /** The legal basis: refused when blank or not a BWB reference. */
  public PolicyDecision legalBasis(String basis) {
    if (basis == null || basis.isBlank()) {
      return PolicyDecision.refuse(
          NAME,
          "Vul de wettelijke grondslag in, zoals 'BWBR0018472 art. 40'.",
          "Enter the legal basis, such as 'BWBR0018472 art. 40'.");
    }
    try {
      LegalReference.parse(basis);
    } catch (ValidationException e) {
      return PolicyDecision.refuse(NAME, e.messageNl(), e.messageEn());
    }
    return PolicyDecision.allow(NAME, "De grondslag is genoemd.", "The legal basis is stated.");
  }
}
