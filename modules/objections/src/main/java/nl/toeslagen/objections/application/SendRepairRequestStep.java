package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/** BPMN step {@code ${objectionsSendRepairRequest}}: the repair request letter (Awb 6:6). */
@ApplicationScoped
@Named("objectionsSendRepairRequest")
public class SendRepairRequestStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.sendRepairRequest(context.businessKey());
  }
}
