package nl.toeslagen.workflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.workflow.testing.InMemoryEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A changed model applies to cases already under way: running instances of older versions move to
 * the latest version, mapped by activity id; instances that cannot be mapped stay where they are.
 */
class InstanceMigrationTest {

  private static final ProcessEngine engine = InMemoryEngines.build("migration");

  @AfterAll
  static void close() {
    engine.close();
  }

  private static BpmnModelInstance waitsInTask(String key) {
    return Bpmn.createExecutableProcess(key)
        .startEvent("Started")
        .userTask("ApproveTask")
        .endEvent("Done")
        .done();
  }

  private static BpmnModelInstance waitsInTaskThatCanBeWithdrawn(String key) {
    return Bpmn.createExecutableProcess(key)
        .startEvent("Started")
        .userTask("ApproveTask")
        .boundaryEvent("Withdrawn")
        .message("CaseWithdrawn")
        .endEvent("EndedByWithdrawal")
        .moveToActivity("ApproveTask")
        .endEvent("Done")
        .done();
  }

  private static void deploy(String name, BpmnModelInstance model) {
    engine.getRepositoryService().createDeployment().addModelInstance(name, model).deploy();
  }

  @Test
  void anInstanceOfAnOlderVersionMovesToTheLatestAndCatchesItsNewBoundaryEvent() {
    deploy("v1.bpmn", waitsInTask("Migrated"));
    ProcessInstance before =
        engine.getRuntimeService().startProcessInstanceByKey("Migrated", "case-1");
    deploy("v2.bpmn", waitsInTaskThatCanBeWithdrawn("Migrated"));

    long moved = new InstanceMigration(engine).migrateAllToLatest();

    assertThat(moved).isEqualTo(1);
    ProcessInstance after =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(before.getId())
            .singleResult();
    assertThat(
            engine
                .getRepositoryService()
                .getProcessDefinition(after.getProcessDefinitionId())
                .getVersion())
        .isEqualTo(2);
    engine
        .getRuntimeService()
        .createMessageCorrelation("CaseWithdrawn")
        .processInstanceBusinessKey("case-1")
        .correlate();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(before.getId())
                .count())
        .isZero();
  }

  @Test
  void anInstanceWaitingInAnActivityTheNewVersionDropsStaysOnItsVersion() {
    deploy("k1.bpmn", waitsInTask("Kept"));
    ProcessInstance before = engine.getRuntimeService().startProcessInstanceByKey("Kept", "case-2");
    deploy(
        "k2.bpmn",
        Bpmn.createExecutableProcess("Kept")
            .startEvent("Started")
            .userTask("OtherTask")
            .endEvent("Done")
            .done());

    long moved = new InstanceMigration(engine).migrateAllToLatest();

    assertThat(moved).isZero();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(before.getId())
                .singleResult()
                .getProcessDefinitionId())
        .isEqualTo(before.getProcessDefinitionId());
  }

  @Test
  void nothingToMigrateWhenEveryInstanceRunsTheLatestVersion() {
    deploy("n1.bpmn", waitsInTask("Latest"));
    engine.getRuntimeService().startProcessInstanceByKey("Latest", "case-3");
    assertThat(new InstanceMigration(engine).migrateAllToLatest()).isZero();
  }
}
