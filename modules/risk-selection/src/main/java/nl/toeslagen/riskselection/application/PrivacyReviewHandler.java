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

/** The privacy adviser reviews a submitted rule set (not their own, not twice). */
@ApplicationScoped
@Transactional
public class PrivacyReviewHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject RiskSelectionQueries queries;

  public RuleSetDetails handle(String ruleSetId, Review cmd) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    work.change(
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          ruleSet.privacyReview(cmd.approved(), cmd.reasons(), change.actor(), change.now());
          change
              .audit(
                  cmd.approved() ? "RULE_SET_PRIVACY_APPROVED" : "RULE_SET_REJECTED",
                  ruleSet.legalBasis(),
                  "Privacytoets: "
                      + (cmd.approved() ? "goedgekeurd" : "afgewezen")
                      + " — "
                      + cmd.reasons(),
                  "Privacy review: "
                      + (cmd.approved() ? "approved" : "rejected")
                      + " — "
                      + cmd.reasons())
              .completeTask(
                  RuleSetApprovalProcess.PRIVACY_REVIEW_TASK,
                  ProcessVariables.of(RuleSetApprovalProcess.APPROVED, cmd.approved()));
        },
        r -> r);
    return queries.details(id);
  }
}
