package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import nl.toeslagen.workflow.api.ProcessPort;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;

/**
 * Moves the FraudReview process along after the domain accepted a change. The domain is the source
 * of truth (four-eyes is checked there); the process routes the work and shows it.
 */
@ApplicationScoped
public class ProcessSteering {

  private static final Logger LOG = Logger.getLogger(ProcessSteering.class.getName());

  @Inject ProcessPort processes;
  @Inject TaskPort tasks;

  public void start(String signalId) {
    processes.start(
        FraudReviewProcess.PROCESS_KEY, signalId, Map.of(FraudReviewProcess.SIGNAL_ID, signalId));
  }

  /** Completes the open task {@code taskKey} of this signal as {@code user}. */
  public void complete(String signalId, String taskKey, String user, Map<String, Object> vars) {
    TaskView task =
        tasks.tasks(TaskQuery.forCase(signalId)).stream()
            .filter(t -> taskKey.equals(t.taskDefinitionKey()))
            .findFirst()
            .orElse(null);
    if (task == null) {
      LOG.warning(
          () -> "Signal " + signalId + ": process does not wait in " + taskKey + "; not moved.");
      return;
    }
    if (task.assignee() == null) {
      tasks.claim(task.id(), user);
    } else if (!task.assignee().equals(user)) {
      tasks.assign(
          task.id(),
          user,
          user,
          "Taak overgenomen bij het vastleggen in het dossier / task taken over when recording");
    }
    tasks.complete(task.id(), user, vars);
  }
}
