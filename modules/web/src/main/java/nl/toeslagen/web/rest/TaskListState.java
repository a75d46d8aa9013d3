package nl.toeslagen.web.rest;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the task list's read model has been checked against the engine since start ({@link
 * OpenTasksCheck}). A bean without dependencies, so that a readiness probe during start-up can ask
 * without creating anything that start-up needs.
 */
@ApplicationScoped
public class TaskListState {

  private volatile boolean verified;
  private volatile String failure;

  void verified() {
    verified = true;
    failure = null;
  }

  void failed(String reason) {
    failure = reason;
  }

  /** True once the check at start has run and the read model matches the engine. */
  public boolean isVerified() {
    return verified;
  }

  /** Why the check at start failed, or null. */
  public String failure() {
    return failure;
  }
}
