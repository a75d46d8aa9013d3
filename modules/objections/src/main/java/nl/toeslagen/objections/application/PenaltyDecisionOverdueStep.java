package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsPenaltyDecisionOverdue}}: the two weeks of Awb 4:18 have passed
 * while the penalty decision task is still open; reported to the team manager.
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_PENALTY_DECISION_OVERDUE)
public class PenaltyDecisionOverdueStep implements WorkflowStep {

  @Inject PenaltyWatchHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.penaltyDecisionOverdue(ObjectionId.of(context.businessKey()));
  }
}
