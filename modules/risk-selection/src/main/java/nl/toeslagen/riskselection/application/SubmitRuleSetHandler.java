package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/** The author submits a draft: its approval process starts with the privacy review. */
@ApplicationScoped
@Transactional
public class SubmitRuleSetHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject RiskSelectionQueries queries;

  public RuleSetDetails handle(String ruleSetId) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    work.change(
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          ruleSet.submit(change.actor());
          change
              .audit(
                  "RULE_SET_SUBMITTED",
                  ruleSet.legalBasis(),
                  "Regelset ingediend voor de privacytoets",
                  "Rule set submitted for privacy review")
              .startProcess(
                  RuleSetApprovalProcess.PROCESS_KEY,
                  ProcessVariables.of(RuleSetApprovalProcess.RULE_SET_ID, ruleSet.id().value())
                      .and(RiskSelectionCase.taskListVariables(ruleSet)));
        },
        r -> r);
    return queries.details(id);
  }
}
