package nl.toeslagen.caselaw.process;

import static nl.toeslagen.caselaw.application.AppealProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import nl.toeslagen.workflow.api.ProcessVariables;
import nl.toeslagen.workflow.testing.InMemoryEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The appeal's routing with the production names of {@code AppealProcess}: a beroep straight to the
 * statement of defence, hearing and ruling; a hoger beroep through the professional line's check,
 * settled with the citizen or continued; a ruling that arrives before the hearing ends it too.
 */
@Deployment(resources = MODEL)
class AppealProcessTest {

  private static ProcessEngine engine = InMemoryEngines.build("appeal");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine).build();

  private ProcessInstance instance;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    BpmnAwareTests.reset();
  }

  private void lodge(String level) {
    instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY,
                "appeal-1",
                ProcessVariables.of(APPEAL_ID, "appeal-1").and(LEVEL, level).asMap());
  }

  private void work(String taskKey, String role, ProcessVariables variables) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskKey);
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(task().getId()).stream()
                .map(IdentityLink::getGroupId))
        .containsExactly(role);
    complete(task(), variables.asMap());
  }

  private void ruling() {
    engine
        .getRuntimeService()
        .createMessageCorrelation(RULING_MESSAGE)
        .processInstanceBusinessKey("appeal-1")
        .correlate();
  }

  @Test
  void aBeroepGoesThroughDefenceAndHearingAndEndsWithTheRuling() {
    lodge("BEROEP");
    work(DEFENCE_TASK, "BEHANDELAAR", ProcessVariables.of(DEADLINE, (String) null));
    work(HEARING_TASK, "BEHANDELAAR", ProcessVariables.of(DEADLINE, (String) null));
    BpmnAwareTests.assertThat(instance).isWaitingAt("RulingReceived");
    ruling();
    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("RulingReceived", "AppealRuled")
        .hasNotPassed(CHECK_TASK);
  }

  @Test
  void aHigherAppealThatCanBeSolvedWithTheCitizenEndsSettled() {
    lodge("HOGER_BEROEP");
    work(CHECK_TASK, "VAKTECHNIEK", ProcessVariables.of(SOLVABLE, true));
    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("AppealSettled")
        .hasNotPassed(DEFENCE_TASK);
  }

  @Test
  void aHigherAppealThatCannotBeSolvedGoesToTheCourtProcedure() {
    lodge("HOGER_BEROEP");
    work(CHECK_TASK, "VAKTECHNIEK", ProcessVariables.of(SOLVABLE, false));
    work(DEFENCE_TASK, "BEHANDELAAR", ProcessVariables.of(DEADLINE, (String) null));
    work(HEARING_TASK, "BEHANDELAAR", ProcessVariables.of(DEADLINE, (String) null));
    ruling();
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(CHECK_TASK, "AppealRuled");
  }

  @Test
  void aRulingBeforeTheHearingEndsTheProcedure() {
    lodge("BEROEP");
    work(DEFENCE_TASK, "BEHANDELAAR", ProcessVariables.of(DEADLINE, (String) null));
    BpmnAwareTests.assertThat(instance).isWaitingAt(HEARING_TASK);
    ruling();
    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("RulingDuringProcedure", "AppealRuled")
        .hasNotPassed("RulingReceived");
  }
}
