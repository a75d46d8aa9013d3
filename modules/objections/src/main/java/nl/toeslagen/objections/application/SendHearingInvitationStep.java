package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsSendHearingInvitation}}: the hearing invitation letter (Awb 7:2).
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_SEND_HEARING_INVITATION)
public class SendHearingInvitationStep implements WorkflowStep {

  @Inject ProcessLettersHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.sendHearingInvitation(ObjectionId.of(context.businessKey()));
  }
}
