package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsSendDecision}}: closes the case, stores the decision record and
 * sends the decision letter.
 */
@ApplicationScoped
@Named("objectionsSendDecision")
public class SendDecisionStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.sendDecision(context.businessKey());
  }
}
