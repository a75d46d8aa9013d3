package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsEscalate}}: escalation to the team manager five working days before
 * the deadline.
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_ESCALATE)
public class EscalateToTeamLeaderStep implements WorkflowStep {

  @Inject DeadlineWatchHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.escalate(ObjectionId.of(context.businessKey()));
  }
}
