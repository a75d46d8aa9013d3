package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/** BPMN step {@code ${objectionsSendRepairRequest}}: the repair request letter (Awb 6:6). */
@ApplicationScoped
@Named(ObjectionProcess.STEP_SEND_REPAIR_REQUEST)
public class SendRepairRequestStep implements WorkflowStep {

  @Inject ProcessLettersHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.sendRepairRequest(ObjectionId.of(context.businessKey()));
  }
}
