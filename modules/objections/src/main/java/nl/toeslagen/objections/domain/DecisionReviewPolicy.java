package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;

/**
 * Named policy "DecisionReviewPolicy" (four eyes): a decision that does not fully grant the
 * objection (anything but GEGROND and INGETROKKEN) must be reviewed by a holder of role VAKTECHNIEK
 * who did not prepare it.
 */
public final class DecisionReviewPolicy {

  public static final String NAME = "DecisionReviewPolicy";

  /** Whether a decision with this outcome needs a second person's review. */
  public boolean requiresReview(DecisionOutcome outcome) {
    return !outcome.fullyGrantedOrWithdrawn();
  }

  /** May {@code reviewer} review (approve or reject) this draft? */
  public PolicyDecision evaluate(ObjectionDecision draft, Actor reviewer) {
    if (!requiresReview(draft.outcome())) {
      return PolicyDecision.refuse(
          NAME,
          "Een beslissing met uitkomst " + draft.outcome() + " hoeft niet te worden beoordeeld.",
          "A decision with outcome " + draft.outcome() + " needs no review.");
    }
    if (!reviewer.has(Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen een vaktechnisch adviseur (rol VAKTECHNIEK) mag deze beslissing beoordelen.",
          "Only a professional-line reviewer (role VAKTECHNIEK) may review this decision.");
    }
    if (reviewer.userName().equals(draft.preparedBy())) {
      return PolicyDecision.refuse(
          NAME,
          "U heeft deze beslissing zelf voorbereid; een tweede persoon moet haar beoordelen (vier ogen).",
          "You prepared this decision yourself; a second person must review it (four eyes).");
    }
    return PolicyDecision.allow(
        NAME,
        "Beoordeling door "
            + reviewer.userName()
            + " (VAKTECHNIEK), niet de opsteller "
            + draft.preparedBy()
            + ".",
        "Review by "
            + reviewer.userName()
            + " (VAKTECHNIEK), not the preparer "
            + draft.preparedBy()
            + ".");
  }
}
