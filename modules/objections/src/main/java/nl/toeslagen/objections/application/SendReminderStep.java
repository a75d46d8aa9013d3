package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsSendReminder}}: reminder to the assignee ten working days before the
 * deadline.
 */
@ApplicationScoped
@Named("objectionsSendReminder")
public class SendReminderStep implements WorkflowStep {

  @Inject ObjectionService service;

  @Override
  public void execute(StepContext context) {
    service.remind(context.businessKey());
  }
}
