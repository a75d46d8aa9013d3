package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/** BPMN step {@code ${objectionsSendAcknowledgement}}: the acknowledgement letter. */
@ApplicationScoped
@Named(ObjectionProcess.STEP_SEND_ACKNOWLEDGEMENT)
public class SendAcknowledgementStep implements WorkflowStep {

  @Inject ProcessLettersHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.sendAcknowledgement(ObjectionId.of(context.businessKey()));
  }
}
