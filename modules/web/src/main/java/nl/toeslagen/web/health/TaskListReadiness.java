package nl.toeslagen.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.toeslagen.web.rest.OpenTasks;
import nl.toeslagen.web.rest.TaskListState;
import nl.toeslagen.workflow.api.TaskPort;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The task list's read model next to the engine (for administrators: {@code GET /health/ready}):
 * down until {@code OpenTasksCheck} has compared it with the engine after start (and rebuilt it
 * when they differed); then up, with how many tasks the engine has open and how many rows the read
 * model holds. Both change in one transaction, so outside a running change they are equal (two
 * counts read a moment apart may differ while work goes on). Until the check has run it touches
 * neither the engine nor the read model: a probe must not wait on start-up, let alone hold it up.
 */
@Readiness
@ApplicationScoped
public class TaskListReadiness implements HealthCheck {

  @Inject TaskListState state;
  @Inject TaskPort tasks;
  @Inject OpenTasks openTasks;

  @Override
  public HealthCheckResponse call() {
    if (!state.isVerified()) {
      String failure = state.failure();
      return HealthCheckResponse.named("task-list")
          .down()
          .withData("state", failure == null ? "checking at start" : "check failed: " + failure)
          .build();
    }
    return HealthCheckResponse.named("task-list")
        .up()
        .withData("openTasks", tasks.openTaskCount())
        .withData("readModelRows", openTasks.size())
        .build();
  }
}
