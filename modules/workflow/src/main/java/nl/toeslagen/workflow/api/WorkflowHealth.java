package nl.toeslagen.workflow.api;

/** Whether the workflow engine runs and how many process models it knows. */
public interface WorkflowHealth {

  /** The engine's state as readiness reports it. */
  record Status(boolean up, long deployedProcesses) {}

  Status status();
}
