package nl.toeslagen.workflow.infrastructure;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Moves running instances of older versions of a model to its latest version after deployment, so
 * that a changed model (a new boundary event, a joining gateway) applies to cases already under way
 * and the application never talks to two versions of one process. Activities are mapped by their id
 * — which is why BPMN ids are contracts — and event triggers follow the new model. A version whose
 * instances cannot be mapped (an activity they wait in was removed) is left running on its own
 * version and logged: such a change needs an explicit migration plan.
 */
final class InstanceMigration {

  private static final Logger LOG = Logger.getLogger(InstanceMigration.class.getName());

  private final ProcessEngine engine;

  InstanceMigration(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Migrates every older version's running instances; returns how many instances moved. */
  long migrateAllToLatest() {
    long moved = 0;
    List<ProcessDefinition> latest =
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
    for (ProcessDefinition target : latest) {
      List<ProcessDefinition> older =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(target.getKey())
              .list()
              .stream()
              .filter(d -> d.getVersion() < target.getVersion())
              .toList();
      for (ProcessDefinition source : older) {
        moved += migrate(source, target);
      }
    }
    return moved;
  }

  private long migrate(ProcessDefinition source, ProcessDefinition target) {
    long running =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionId(source.getId())
            .count();
    if (running == 0) {
      return 0;
    }
    try {
      MigrationPlan plan =
          engine
              .getRuntimeService()
              .createMigrationPlan(source.getId(), target.getId())
              .mapEqualActivities()
              .updateEventTriggers()
              .build();
      engine
          .getRuntimeService()
          .newMigration(plan)
          .processInstanceQuery(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processDefinitionId(source.getId()))
          .execute();
      LOG.info(
          () ->
              "Migrated "
                  + running
                  + " instance(s) of "
                  + source.getKey()
                  + " v"
                  + source.getVersion()
                  + " to v"
                  + target.getVersion());
      return running;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              running
                  + " instance(s) of "
                  + source.getKey()
                  + " v"
                  + source.getVersion()
                  + " stay on their version: "
                  + e.getMessage());
      return 0;
    }
  }
}
