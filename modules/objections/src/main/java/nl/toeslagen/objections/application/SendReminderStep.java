package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsSendReminder}}: reminder to the assignee ten working days before the
 * deadline.
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_SEND_REMINDER)
public class SendReminderStep implements WorkflowStep {

  @Inject DeadlineWatchHandler handler;

  @Override
  public void execute(StepContext context) {
    handler.remind(ObjectionId.of(context.businessKey()));
  }
}
