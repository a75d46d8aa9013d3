package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** Only the author withdraws a determination, and only while it waits for approval. */
@PolicyRule(
    name = "DeterminationWithdrawalPolicy",
    guardsNl =
        "Alleen de opsteller trekt een vaststelling in, en alleen zolang die op goedkeuring wacht.",
    guardsEn = "Only its author withdraws a determination, and only while it waits for approval.",
    legalBasis =
        "Eigen norm Dienst Toeslagen (vier ogen: een ingetrokken vaststelling heeft geen gevolg)",
    appliesTo = {"Vaststelling intrekken"})
public final class DeterminationWithdrawalPolicy {

  public static final String NAME = "DeterminationWithdrawalPolicy";

  public PolicyDecision evaluate(Determination determination, Actor actor) {
    if (!determination.isAwaitingApproval()) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen een vaststelling die nog op goedkeuring wacht, kan worden ingetrokken.",
          "Only a determination that still waits for approval can be withdrawn.");
    }
    if (actor == null || !determination.author().equals(actor.userName())) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen de opsteller kan deze vaststelling intrekken.",
          "Only its author can withdraw this determination.");
    }
    return PolicyDecision.allow(
        NAME,
        "De opsteller trekt de vaststelling in voordat die is beoordeeld; zij heeft geen gevolg.",
        "The author withdraws the determination before review; it has no effect.");
  }
}
