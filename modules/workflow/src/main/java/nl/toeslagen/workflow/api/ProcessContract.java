package nl.toeslagen.workflow.api;

import java.util.Set;

/**
 * The contract between one BPMN model and the application code that drives it: the process key, the
 * messages it receives, its variables (name and type), its user-task keys and the step beans its
 * service tasks call. Every name here lives in running instances; the owning context's tests check
 * the contract against the model (the workflow module's test jar holds the checker), so a name
 * changed on one side only fails the build.
 */
public interface ProcessContract {

  /** The BPMN process id. */
  String processKey();

  /** The model's classpath resource, e.g. {@code bpmn/objections/objection-handling.bpmn}. */
  String modelResource();

  /** The message names the model catches. */
  Set<String> messages();

  /** Every variable the application sets or the model reads. */
  Set<ProcessVariable<?>> variables();

  /** The ids of the model's user tasks. */
  Set<String> userTasks();

  /** The names of the {@link WorkflowStep} beans the model's service tasks call. */
  Set<String> stepBeans();
}
