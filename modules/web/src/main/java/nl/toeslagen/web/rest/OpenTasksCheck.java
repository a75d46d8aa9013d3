package nl.toeslagen.web.rest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.toeslagen.workflow.api.TaskPort;

/**
 * At start, after the engine: when the task list's read model does not hold as many rows as the
 * engine has open tasks (a database from before the read model, or a restore), it is written again
 * from the engine, once. On a consistent database this is two count queries.
 */
@Singleton
@Startup
@DependsOn("EngineBootstrap")
public class OpenTasksCheck {

  private static final Logger LOG = Logger.getLogger(OpenTasksCheck.class.getName());

  @Inject OpenTasks openTasks;
  @Inject TaskPort tasks;

  @PostConstruct
  void check() {
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
  }
}
