package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.Review;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.RuleSetStatus;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The professional line approves: the rule set becomes active (its proxies checked by {@code
 * ProxyFeatureSafeguardPolicy}); an active earlier version is retired in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ProfessionalApprovalHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject FeatureCatalogueService catalogues;
  @Inject RiskSelectionQueries queries;

  public RuleSetDetails handle(String ruleSetId, Review cmd) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    RuleSet approved =
        work.change(
            RiskSelectionCase.kind(ruleSets),
            id,
            (ruleSet, change) -> {
              ruleSet.professionalApproval(
                  cmd.approved(),
                  cmd.reasons(),
                  catalogues.current(),
                  change.actor(),
                  change.now());
              change
                  .audit(
                      cmd.approved() ? "RULE_SET_ACTIVATED" : "RULE_SET_REJECTED",
                      ruleSet.legalBasis(),
                      "Vaktechnische goedkeuring: "
                          + (cmd.approved() ? "goedgekeurd, regelset actief" : "afgewezen")
                          + " — "
                          + cmd.reasons(),
                      "Professional approval: "
                          + (cmd.approved() ? "approved, rule set active" : "rejected")
                          + " — "
                          + cmd.reasons())
                  .completeTask(
                      RuleSetApprovalProcess.PROFESSIONAL_APPROVAL_TASK,
                      ProcessVariables.of(RuleSetApprovalProcess.APPROVED, cmd.approved()));
            },
            r -> r);
    if (approved.status() == RuleSetStatus.ACTIVE && approved.predecessor() != null) {
      RuleSet earlier = ruleSets.find(approved.predecessor()).orElse(null);
      if (earlier != null && earlier.status() == RuleSetStatus.ACTIVE) {
        work.change(
            RiskSelectionCase.kind(ruleSets),
            earlier.id(),
            (ruleSet, change) -> {
              ruleSet.retire();
              change
                  .audit(
                      "RULE_SET_RETIRED",
                      ruleSet.legalBasis(),
                      "Buiten gebruik: opgevolgd door versie " + approved.version(),
                      "Retired: succeeded by version " + approved.version())
                  .correlate(RuleSetApprovalProcess.RULE_SET_RETIRED, ProcessVariables.none());
            },
            r -> r);
      }
    }
    return queries.details(id);
  }
}
