package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/** BPMN step {@code ${objectionsSendAcknowledgement}}: the acknowledgement letter. */
@ApplicationScoped
@Named("objectionsSendAcknowledgement")
public class SendAcknowledgementStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.sendAcknowledgement(context.businessKey());
  }
}
