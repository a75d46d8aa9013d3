package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.event.Event;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.toeslagen.workflow.api.TaskChanged;
import nl.toeslagen.workflow.api.TaskView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Tells the application that a user task was created, assigned, completed or deleted ({@link
 * TaskChanged}), with the task as the task list shows it, inside the engine's command: the task
 * list's read model changes in the same transaction as the task.
 */
final class TaskChangeListener implements TaskListener {

  private final Event<TaskChanged> changes;

  TaskChangeListener(Event<TaskChanged> changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskChanged.Kind kind =
        switch (task.getEventName()) {
          case EVENTNAME_CREATE -> TaskChanged.Kind.CREATED;
          case EVENTNAME_ASSIGNMENT -> TaskChanged.Kind.ASSIGNED;
          default -> TaskChanged.Kind.ENDED;
        };
    changes.fire(new TaskChanged(kind, view(task, kind != TaskChanged.Kind.ENDED)));
  }

  private static TaskView view(DelegateTask task, boolean withVariables) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    String definitionId = task.getProcessDefinitionId();
    // a process definition id is key:version:id
    String processKey =
        definitionId == null || definitionId.indexOf(':') < 0
            ? definitionId
            : definitionId.substring(0, definitionId.indexOf(':'));
    return new TaskView(
        task.getId(),
        task.getName(),
        task.getTaskDefinitionKey(),
        processKey,
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
        task.getAssignee(),
        groups,
        offset(task.getCreateTime()),
        offset(task.getDueDate()),
        withVariables ? task.getVariables() : java.util.Map.of());
  }

  private static java.time.OffsetDateTime offset(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
