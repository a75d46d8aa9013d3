package nl.toeslagen.web.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.toeslagen.workflow.api.TaskPort;

/**
 * After start: when the task list's read model does not hold as many rows as the engine has open
 * tasks (a database from before the read model, or a restore), it is written again from the engine,
 * once. On a consistent database this is two count queries.
 *
 * <p>The check runs on a managed thread, not in this start-up bean's {@code @PostConstruct}: while
 * the server initialises its start-up beans, a thread that asks for one of them waits, and a
 * readiness probe that was creating the task port then held the lock the start-up thread needed —
 * both waited for ever (found by the crash test, which polls readiness during each restart). Until
 * the check has run, {@link TaskListState} says so and readiness is down.
 */
@Singleton
@Startup
@DependsOn("EngineBootstrap")
public class OpenTasksCheck {

  private static final Logger LOG = Logger.getLogger(OpenTasksCheck.class.getName());

  @Inject OpenTasks openTasks;
  @Inject TaskPort tasks;
  @Inject TaskListState state;

  @Resource ManagedExecutorService executor;

  @PostConstruct
  void start() {
    executor.submit(this::check);
  }

  void check() {
    try {
      long engine = tasks.openTaskCount();
      long rows = openTasks.size();
      if (engine != rows) {
        int written = openTasks.rebuild();
        LOG.info(
            () ->
                "Task list read model rebuilt: "
                    + written
                    + " open tasks (it held "
                    + rows
                    + ", the engine "
                    + engine
                    + ")");
      }
      state.verified();
    } catch (RuntimeException e) {
      state.failed(e.toString());
      LOG.log(Level.SEVERE, "The task list read model could not be checked at start", e);
    }
  }
}
