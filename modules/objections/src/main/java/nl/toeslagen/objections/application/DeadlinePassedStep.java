package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/**
 * BPMN step {@code ${objectionsDeadlinePassed}}: reports a missed deadline to the team manager and
 * sets {@code overdueRepeatAfter} from the domain (OverdueReportPolicy): the interval of the next
 * report, or null to end the watch.
 */
@ApplicationScoped
@Named(ObjectionProcess.STEP_DEADLINE_PASSED)
public class DeadlinePassedStep implements WorkflowStep {

  @Inject DeadlineWatchHandler handler;

  @Override
  public void execute(StepContext context) {
    context.setVariable(
        ObjectionProcess.OVERDUE_REPEAT_AFTER.name(),
        handler.deadlinePassed(ObjectionId.of(context.businessKey())));
  }
}
