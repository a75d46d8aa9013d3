package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Every step of a rule set's approval is taken by someone other than its author and, up to its
 * activation, other than everyone who approved an earlier step; each step by its own role.
 */
@PolicyRule(
    name = "ApproverIndependencePolicy",
    guardsNl =
        "Elke goedkeuring van een regelset is van iemand anders dan de opsteller en dan wie een"
            + " eerdere stap goedkeurde, in de rol die bij de stap hoort.",
    guardsEn =
        "Every approval of a rule set is by someone other than its author and earlier approvers,"
            + " in the role the step belongs to.",
    legalBasis =
        "Awb art. 3:2; waarborgenkader selectie-instrumenten (vier ogen, functiescheiding)",
    appliesTo = {
      "Privacytoets",
      "Impactassessment vastleggen",
      "Vaktechnische goedkeuring",
      "Schorsing beoordelen"
    })
public final class ApproverIndependencePolicy {

  public static final String NAME = "ApproverIndependencePolicy";

  public PolicyDecision evaluate(RuleSet ruleSet, ApprovalStep step, Actor actor) {
    if (!actor.has(step.role())) {
      return PolicyDecision.refuse(
          NAME,
          "De stap '" + step.labelNl() + "' is voor de rol " + step.role().labelNl() + ".",
          "The step '" + step.name() + "' belongs to the role " + step.role().labelEn() + ".");
    }
    if (ruleSet.owner().equals(actor.userName())) {
      return PolicyDecision.refuse(
          NAME,
          "U kunt uw eigen regelset niet goedkeuren: een ander moet dat doen.",
          "You cannot approve your own rule set: someone else must do so.");
    }
    if (step != ApprovalStep.SUSPENSION_REVIEW) {
      for (Approval earlier : ruleSet.approvals()) {
        if (earlier.step() != ApprovalStep.SUSPENSION_REVIEW
            && earlier.actor().equals(actor.userName())) {
          return PolicyDecision.refuse(
              NAME,
              "U keurde al een eerdere stap van deze regelset goed ("
                  + earlier.step().labelNl()
                  + "); een ander moet deze stap nemen.",
              "You already approved an earlier step of this rule set; someone else must take"
                  + " this step.");
        }
      }
    }
    return PolicyDecision.allow(
        NAME,
        "De beoordelaar is onafhankelijk van de opsteller en eerdere beoordelaars.",
        "The reviewer is independent of the author and earlier reviewers.");
  }
}
