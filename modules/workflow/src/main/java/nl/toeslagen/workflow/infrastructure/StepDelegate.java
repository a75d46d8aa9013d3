package nl.toeslagen.workflow.infrastructure;

import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Adapts a {@link WorkflowStep} to the engine's delegate interface. */
final class StepDelegate implements JavaDelegate {

  private final String name;
  private final WorkflowStep step;

  StepDelegate(String name, WorkflowStep step) {
    this.name = name;
    this.step = step;
  }

  @Override
  public void execute(DelegateExecution execution) {
    step.execute(new ExecutionStepContext(execution));
  }

  @Override
  public String toString() {
    return "StepDelegate[" + name + "]";
  }

  private record ExecutionStepContext(DelegateExecution execution) implements StepContext {

    @Override
    public String processInstanceId() {
      return execution.getProcessInstanceId();
    }

    @Override
    public String businessKey() {
      return execution.getProcessBusinessKey();
    }

    @Override
    public String activityId() {
      return execution.getCurrentActivityId();
    }

    @Override
    public Object variable(String name) {
      return execution.getVariable(name);
    }

    @Override
    public <T> T variable(String name, Class<T> type) {
      Object value = execution.getVariable(name);
      return value == null ? null : type.cast(value);
    }

    @Override
    public void setVariable(String name, Object value) {
      execution.setVariable(name, value);
    }
  }
}
