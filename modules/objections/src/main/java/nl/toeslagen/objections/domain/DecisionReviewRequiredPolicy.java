package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "DecisionReviewRequiredPolicy": does a drafted decision need a second person's
 * (four-eyes) review before it is sent? Every outcome but GEGROND and INGETROKKEN does. The
 * decision routes the draft: {@link PolicyDecision#allowed()} means "review required" (the process
 * variable {@code reviewRequired}); it never refuses an action. Who may review is {@link
 * DecisionReviewPolicy}.
 */
@PolicyRule(
    name = "DecisionReviewRequiredPolicy",
    guardsNl =
        "Een beslissing die het bezwaar niet volledig toewijst, wordt door een tweede persoon"
            + " beoordeeld voordat ze wordt verzonden.",
    guardsEn =
        "A decision that does not fully grant the objection is reviewed by a second person before"
            + " it is sent.",
    legalBasis =
        "Eigen norm van de Dienst Toeslagen (vier ogen); geen wetsartikel schrijft dit voor",
    appliesTo = {"Beslissing opstellen"})
public final class DecisionReviewRequiredPolicy {

  public static final String NAME = "DecisionReviewRequiredPolicy";

  /** Allowed = review required; refused = the decision goes out without review. */
  public PolicyDecision evaluate(DecisionOutcome outcome) {
    if (outcome.fullyGrantedOrWithdrawn()) {
      return PolicyDecision.refuse(
          NAME,
          "geen beoordeling vereist: uitkomst " + outcome + " wijst het bezwaar volledig toe",
          "no review required: outcome " + outcome + " fully grants the objection");
    }
    return PolicyDecision.allow(
        NAME,
        "vier-ogenbeoordeling door VAKTECHNIEK vereist: uitkomst " + outcome,
        "four-eyes review by VAKTECHNIEK required: outcome " + outcome);
  }
}
