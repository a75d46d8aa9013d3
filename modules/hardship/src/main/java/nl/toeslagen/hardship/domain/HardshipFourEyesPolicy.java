package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * A refusal or partial grant hurts the citizen, so a second person reviews it: someone of the
 * professional line (VAKTECHNIEK) who took no earlier step in the request — did not register,
 * triage, contact, refer, record or approve an emergency payment, or assess it.
 */
@PolicyRule(
    name = "HardshipFourEyesPolicy",
    guardsNl =
        "Een afwijzing of gedeeltelijke toekenning wordt gecontroleerd door vaktechniek die geen"
            + " eerdere stap in het verzoek heeft gezet.",
    guardsEn =
        "A refusal or partial grant is reviewed by the professional line, by someone who took no"
            + " earlier step in the request.",
    legalBasis = "Vier-ogenprincipe; Awb art. 3:2 (zorgvuldigheid)",
    appliesTo = {"Controle vaktechniek"})
public final class HardshipFourEyesPolicy {

  public static final String NAME = "HardshipFourEyesPolicy";

  public boolean reviewRequired(HardshipOutcome outcome) {
    return outcome != HardshipOutcome.TOEGEKEND;
  }

  public PolicyDecision evaluate(HardshipRequest request, Actor reviewer) {
    if (!reviewer.has(Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen vaktechniek controleert een afwijzing of gedeeltelijke toekenning.",
          "Only the professional line reviews a refusal or partial grant.",
          Laws.awb("3:2"));
    }
    if (request.participants().contains(reviewer.userName())) {
      return PolicyDecision.refuse(
          NAME,
          "U heeft al een stap in dit verzoek gezet; een collega controleert het.",
          "You already took a step in this request; a colleague reviews it.",
          Laws.awb("3:2"));
    }
    return PolicyDecision.allow(
        NAME,
        "Gecontroleerd door " + reviewer.userName() + ", die geen eerdere stap zette.",
        "Reviewed by " + reviewer.userName() + ", who took no earlier step.",
        Laws.awb("3:2"));
  }
}
