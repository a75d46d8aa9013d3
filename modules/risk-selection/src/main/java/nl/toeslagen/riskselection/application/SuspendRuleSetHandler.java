package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Suspends an active rule set: a person with reasons, or bias monitoring after a flagged run; the
 * privacy adviser's suspension review opens.
 */
@ApplicationScoped
@Transactional
public class SuspendRuleSetHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject RiskSelectionQueries queries;

  /** A person suspends. */
  public RuleSetDetails handle(String ruleSetId, String reason) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    work.change(
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          ruleSet.suspend(reason, false);
          change
              .audit(
                  "RULE_SET_SUSPENDED",
                  ruleSet.legalBasis(),
                  "Regelset geschorst: " + reason,
                  "Rule set suspended: " + reason)
              .correlate(RuleSetApprovalProcess.RULE_SET_SUSPENDED, ProcessVariables.none());
        },
        r -> r);
    return queries.details(id);
  }

  /** Bias monitoring suspends after a flagged run (as the system, in the run's transaction). */
  void byMonitoring(RuleSetId id, String runId, String findingsNl, String findingsEn) {
    work.changeAs(
        Actor.system(),
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          ruleSet.suspend("Biasmonitor, run " + runId + ": " + findingsNl, true);
          change
              .audit(
                  "RULE_SET_SUSPENDED_BY_MONITORING",
                  "Grondwet art. 1",
                  "Automatisch geschorst na run " + runId + ": " + findingsNl,
                  "Suspended automatically after run " + runId + ": " + findingsEn)
              .correlate(RuleSetApprovalProcess.RULE_SET_SUSPENDED, ProcessVariables.none());
        });
  }
}
