package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsRecordWithdrawal}}: closes the case after the ObjectionWithdrawn
 * message.
 */
@ApplicationScoped
@Named("objectionsRecordWithdrawal")
public class RecordWithdrawalStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.recordWithdrawal(
        context.businessKey(), context.variable(ObjectionProcess.WITHDRAWAL_REASON, String.class));
  }
}
