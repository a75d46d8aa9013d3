package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.event.Event;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Writes an audit entry when a user task is created, assigned, released or completed. It runs
 * inside the engine's command, so the entry commits or rolls back with the task change itself.
 */
final class TaskAuditListener implements TaskListener {

  static final String SYSTEM_ACTOR = "systeem";

  private final Event<AuditEvent> audit;

  TaskAuditListener(Event<AuditEvent> audit) {
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    String action =
        switch (task.getEventName()) {
          case EVENTNAME_CREATE -> "TASK_CREATED";
          // the engine fires the assignment event for an unassignment too
          case EVENTNAME_ASSIGNMENT ->
              task.getAssignee() == null ? "TASK_RELEASED" : "TASK_ASSIGNED";
          case EVENTNAME_COMPLETE -> "TASK_COMPLETED";
          default -> "TASK_" + task.getEventName().toUpperCase(java.util.Locale.ROOT);
        };
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = authentication == null ? SYSTEM_ACTOR : authentication.getUserId();
    String role =
        authentication == null || authentication.getGroupIds() == null
            ? null
            : String.join(",", authentication.getGroupIds());
    String reasons =
        "task "
            + task.getTaskDefinitionKey()
            + " ("
            + task.getName()
            + ") of case "
            + task.getExecution().getProcessBusinessKey()
            + (task.getAssignee() == null ? "" : ", assignee " + task.getAssignee());
    audit.fire(
        new AuditEvent(actor, role, action, "TASK", task.getId(), Outcome.SUCCESS, null, reasons));
  }
}
