package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.Review;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The privacy adviser reviews a suspension: reinstate (only a suspension by a person) or retire.
 */
@ApplicationScoped
@Transactional
public class SuspensionReviewHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject RiskSelectionQueries queries;

  public RuleSetDetails handle(String ruleSetId, Review cmd) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    work.change(
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          ruleSet.reviewSuspension(cmd.approved(), cmd.reasons(), change.actor(), change.now());
          change
              .audit(
                  cmd.approved() ? "RULE_SET_REINSTATED" : "RULE_SET_RETIRED",
                  ruleSet.legalBasis(),
                  "Schorsing beoordeeld: "
                      + (cmd.approved() ? "hersteld" : "buiten gebruik")
                      + " — "
                      + cmd.reasons(),
                  "Suspension reviewed: "
                      + (cmd.approved() ? "reinstated" : "retired")
                      + " — "
                      + cmd.reasons())
              .completeTask(
                  RuleSetApprovalProcess.SUSPENSION_REVIEW_TASK,
                  ProcessVariables.of(RuleSetApprovalProcess.APPROVED, cmd.approved()));
        },
        r -> r);
    return queries.details(id);
  }
}
