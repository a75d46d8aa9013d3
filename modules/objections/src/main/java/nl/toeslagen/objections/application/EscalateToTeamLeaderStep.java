package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsEscalate}}: escalation to the team manager five working days before
 * the deadline.
 */
@ApplicationScoped
@Named("objectionsEscalate")
public class EscalateToTeamLeaderStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.escalate(context.businessKey());
  }
}
