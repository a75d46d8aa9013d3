package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsRecordWithdrawal}}: closes the case after the ObjectionWithdrawn
 * message.
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_RECORD_WITHDRAWAL)
public class RecordWithdrawalStep implements WorkflowStep {

  @Inject RecordWithdrawalHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.handle(
        ObjectionId.of(context.businessKey()), ObjectionProcess.WITHDRAWAL_REASON.in(context));
  }
}
