package nl.toeslagen.workflow.infrastructure;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches the audit listener and the read model's listener ({@link TaskChangeListener}) to every
 * user task of every deployed model: no model can forget them.
 */
final class TaskAuditParseListener extends AbstractBpmnParseListener {

  private final TaskListener listener;
  private final TaskListener changes;

  TaskAuditParseListener(TaskListener listener, TaskListener changes) {
    this.listener = listener;
    this.changes = changes;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      TaskDefinition definition = behavior.getTaskDefinition();
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
      // the task list's read model: after the audit entry, in the same command
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, changes);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, changes);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, changes);
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, changes);
    }
  }
}
