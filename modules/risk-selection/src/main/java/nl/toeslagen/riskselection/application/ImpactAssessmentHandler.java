package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.ImpactAssessmentInput;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.domain.ImpactAssessment;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/** A second privacy adviser records the IAMA answers and whether they support going on. */
@ApplicationScoped
@Transactional
public class ImpactAssessmentHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject RiskSelectionQueries queries;

  public RuleSetDetails handle(String ruleSetId, ImpactAssessmentInput cmd) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    ImpactAssessment answers =
        new ImpactAssessment(
            cmd.purpose(),
            cmd.legalBasis(),
            cmd.proportionality(),
            cmd.humanOversight(),
            cmd.fundamentalRightsRisks(),
            cmd.mitigations());
    work.change(
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          ruleSet.recordImpactAssessment(
              answers, cmd.approved(), cmd.reasons(), change.actor(), change.now());
          change
              .audit(
                  cmd.approved() ? "RULE_SET_IMPACT_ASSESSED" : "RULE_SET_REJECTED",
                  ruleSet.legalBasis(),
                  "IAMA vastgelegd: "
                      + (cmd.approved() ? "akkoord" : "niet akkoord")
                      + " — "
                      + cmd.reasons(),
                  "Impact assessment recorded: "
                      + (cmd.approved() ? "approved" : "rejected")
                      + " — "
                      + cmd.reasons())
              .completeTask(
                  RuleSetApprovalProcess.IMPACT_ASSESSMENT_TASK,
                  ProcessVariables.of(RuleSetApprovalProcess.APPROVED, cmd.approved()));
        },
        r -> r);
    return queries.details(id);
  }
}
