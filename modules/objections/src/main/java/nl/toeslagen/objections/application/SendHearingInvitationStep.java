package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsSendHearingInvitation}}: the hearing invitation letter (Awb 7:2).
 */
@ApplicationScoped
@Named("objectionsSendHearingInvitation")
public class SendHearingInvitationStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.sendHearingInvitation(context.businessKey());
  }
}
