package nl.toeslagen.workflow.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's task list. Every claim, release, assignment and completion is audited by the
 * workflow module (engine listeners), with the acting user passed here.
 */
public interface TaskPort {

  List<TaskView> tasks(TaskQuery query);

  Optional<TaskView> task(String taskId);

  /**
   * How many user tasks are open (one count query; the task list's read model is checked by it).
   */
  default long openTaskCount() {
    return tasks(TaskQuery.everything()).size();
  }

  void claim(String taskId, String user);

  void release(String taskId, String user);

  /** A manager hands a task to someone, with a reason that goes into the audit trail. */
  void assign(String taskId, String assignee, String byUser, String reason);

  /**
   * Completes the task as {@code user}; refused (PolicyViolationException) when the task is not
   * assigned to them.
   */
  void complete(String taskId, String user, Map<String, Object> variables);
}
