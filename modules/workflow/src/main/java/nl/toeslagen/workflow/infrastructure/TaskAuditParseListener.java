package nl.toeslagen.workflow.infrastructure;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches the audit listener to every user task of every deployed model: no model can forget it.
 */
final class TaskAuditParseListener extends AbstractBpmnParseListener {

  private final TaskListener listener;

  TaskAuditParseListener(TaskListener listener) {
    this.listener = listener;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      TaskDefinition definition = behavior.getTaskDefinition();
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
    }
  }
}
