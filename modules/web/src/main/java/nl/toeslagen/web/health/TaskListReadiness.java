package nl.toeslagen.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.toeslagen.web.rest.OpenTasks;
import nl.toeslagen.workflow.api.TaskPort;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The task list's read model next to the engine (for administrators: {@code GET /health/ready}):
 * how many tasks the engine has open and how many rows the read model holds. Both change in one
 * transaction, so outside a running change they are equal; the check is informative and stays UP
 * (two counts read a moment apart may differ while work goes on). At start {@code OpenTasksCheck}
 * rebuilds the read model when they differ.
 */
@Readiness
@ApplicationScoped
public class TaskListReadiness implements HealthCheck {

  @Inject TaskPort tasks;
  @Inject OpenTasks openTasks;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("task-list")
        .up()
        .withData("openTasks", tasks.openTaskCount())
        .withData("readModelRows", openTasks.size())
        .build();
  }
}
