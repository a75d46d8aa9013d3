package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/** Takes an active rule set out of use, with reasons; it never runs again. */
@ApplicationScoped
@Transactional
public class RetireRuleSetHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject RiskSelectionQueries queries;

  public RuleSetDetails handle(String ruleSetId, String reason) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    work.change(
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          ruleSet.retire();
          change
              .audit(
                  "RULE_SET_RETIRED",
                  ruleSet.legalBasis(),
                  "Buiten gebruik gesteld: " + reason,
                  "Retired: " + reason)
              .correlate(RuleSetApprovalProcess.RULE_SET_RETIRED, ProcessVariables.none());
        },
        r -> r);
    return queries.details(id);
  }
}
