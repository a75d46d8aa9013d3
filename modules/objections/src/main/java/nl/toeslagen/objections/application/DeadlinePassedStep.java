package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsDeadlinePassed}}: reports a missed deadline to the team manager
 * (weekly while open).
 */
@ApplicationScoped
@Named("objectionsDeadlinePassed")
public class DeadlinePassedStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.deadlinePassed(context.businessKey());
  }
}
