package nl.toeslagen.web.notification;

import java.util.Optional;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.workflow.api.TaskView;

/**
 * The notice of a manager's assignment: to the assignee, naming the task, the manager and the
 * reason. None when the manager assigns a task to themselves, nor for a task of no case.
 */
public final class AssignmentNotices {

  /** The reason is summarised to this length. */
  static final int REASON = 200;

  private AssignmentNotices() {}

  public static Optional<Notice> of(TaskView task, String assignee, String manager, String reason) {
    if (assignee == null
        || assignee.equals(manager)
        || task.businessKey() == null
        || task.processKey() == null) {
      return Optional.empty();
    }
    Object label = task.variables() == null ? null : task.variables().get("caseLabel");
    String name = task.name() == null ? task.taskDefinitionKey() : task.name();
    String why = Notice.summary(reason, REASON);
    return Optional.of(
        Notice.toUser(
            assignee,
            NoticeKind.TASK_ASSIGNED,
            CaseLinks.workflowOf(task.processKey()),
            task.businessKey(),
            label == null ? null : label.toString(),
            manager
                + " heeft de taak '"
                + name
                + "' aan u toegewezen."
                + (why.isEmpty() ? "" : " Reden: " + why),
            manager));
  }
}
