package nl.toeslagen.workflow.api;

/**
 * A user task was created, (re)assigned, or ended (completed, or deleted with its process): fired
 * synchronously by the engine's task listener, inside the transaction of the change, so that what
 * observes it (the task list's read model) commits or rolls back with the task.
 *
 * @param kind what happened
 * @param task the task as it is now (for {@link Kind#ENDED} as it was)
 */
public record TaskChanged(Kind kind, TaskView task) {

  /** What happened to the task. */
  public enum Kind {
    CREATED,
    ASSIGNED,
    ENDED
  }
}
