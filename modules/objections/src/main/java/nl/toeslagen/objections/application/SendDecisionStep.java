package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsSendDecision}}: closes the case, stores the decision record and
 * sends the decision letter.
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_SEND_DECISION)
public class SendDecisionStep implements WorkflowStep {

  @Inject SendDecisionHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.handle(ObjectionId.of(context.businessKey()));
  }
}
