package nl.toeslagen.workflow.api;

/**
 * A step of a BPMN process carried out by application code. Implementations are CDI beans with a
 * {@code @Named} name that the model refers to ({@code
 * camunda:delegateExpression="${objectionsRecordDecision}"}); the workflow module adapts them to
 * the engine, so context modules never see engine types.
 */
public interface WorkflowStep {

  void execute(StepContext context);
}
