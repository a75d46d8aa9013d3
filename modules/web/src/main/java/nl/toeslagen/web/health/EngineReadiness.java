package nl.toeslagen.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.toeslagen.workflow.api.WorkflowHealth;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the workflow engine runs with its models deployed. */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

  @Inject WorkflowHealth workflow;

  @Override
  public HealthCheckResponse call() {
    WorkflowHealth.Status status = workflow.status();
    return HealthCheckResponse.named("workflow-engine")
        .status(status.up())
        .withData("deployedProcesses", status.deployedProcesses())
        .build();
  }
}
