package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Every step of a hardship request states its reasons: the triage, the contact, a referral, an
 * emergency payment, the assessment's facts and law, a review. Without them the step is invalid
 * input (400 naming the field), refused before anything is written and audited.
 */
@PolicyRule(
    name = "StatedReasonsPolicy",
    guardsNl = "Elke stap in een hardheidsverzoek legt vast waarom (motiveringsplicht).",
    guardsEn = "Every step of a hardship request records why (duty to state reasons).",
    legalBasis = "Awb art. 3:46 en 3:47 (motivering)",
    appliesTo = {
      "Triage",
      "Spoedcontact",
      "Doorverwijzen",
      "Noodbetaling vastleggen",
      "Beoordelen",
      "Controle vaktechniek"
    })
public final class StatedReasonsPolicy {

  public static final String NAME = "StatedReasonsPolicy";

  /** Refuses (400 naming {@code field}) when {@code text} is blank. */
  public void require(String field, String text, String whatNl, String whatEn) {
    if (text == null || text.isBlank()) {
      PolicyDecision.refuse(
              NAME, "Vul " + whatNl + " in.", "Enter " + whatEn + ".", Laws.awb("3:46"))
          .enforceAsInvalid(field);
    }
  }
}
