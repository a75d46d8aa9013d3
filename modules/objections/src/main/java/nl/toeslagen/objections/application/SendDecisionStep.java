package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsSendDecision}}: closes the case, stores the decision record and
 * sends the decision letter.
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_SEND_DECISION)
public class SendDecisionStep implements WorkflowStep {

  @Inject SendDecisionHandler handler;
  @Inject PenaltyWatchHandler penalties;

  /**
   * Also sets {@code penaltyDecisionRequired} and {@code penaltyDecisionDueAt} (Awb 4:18): whether
   * the handler must set the penalty now that the decision ended it, and by when.
   */
  @Override
  public void execute(StepContext context) {
    ObjectionId id = ObjectionId.of(context.businessKey());
    handler.handle(id);
    java.time.LocalDate due = penalties.penaltyDecisionDue(id);
    context.setVariable(ObjectionProcess.PENALTY_DECISION_REQUIRED.name(), due != null);
    context.setVariable(
        ObjectionProcess.PENALTY_DECISION_DUE_AT.name(),
        due == null ? null : PenaltyWatchHandler.endOf(due));
  }
}
