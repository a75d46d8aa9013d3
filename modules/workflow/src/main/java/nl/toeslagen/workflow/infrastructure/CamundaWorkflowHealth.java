package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.toeslagen.workflow.api.WorkflowHealth;
import org.camunda.bpm.engine.ProcessEngine;

/** Readiness of the embedded engine: it answers a query and has the models deployed. */
@ApplicationScoped
public class CamundaWorkflowHealth implements WorkflowHealth {

  @Inject ProcessEngine engine;

  @Override
  public Status status() {
    try {
      long count =
          engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
      return new Status(count > 0, count);
    } catch (RuntimeException e) {
      return new Status(false, 0);
    }
  }
}
