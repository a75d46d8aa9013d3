package nl.toeslagen.workflow.api;

/**
 * What a {@link WorkflowStep} may see and change of the running process: ids and plain values only.
 */
public interface StepContext {

  String processInstanceId();

  String businessKey();

  String activityId();

  Object variable(String name);

  <T> T variable(String name, Class<T> type);

  void setVariable(String name, Object value);
}
