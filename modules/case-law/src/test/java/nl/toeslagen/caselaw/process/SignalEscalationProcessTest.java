package nl.toeslagen.caselaw.process;

import static nl.toeslagen.caselaw.application.SignalEscalationProcess.*;
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
 * The escalation of a signal category with the production names of {@code SignalEscalationProcess}:
 * it waits at the team leaders' follow-up task and ends when the follow-up is recorded.
 */
@Deployment(resources = MODEL)
class SignalEscalationProcessTest {

  private static ProcessEngine engine = InMemoryEngines.build("signal-escalation");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine).build();

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void reset() {
    BpmnAwareTests.reset();
  }

  @Test
  void theTeamLeadersFollowUpEndsTheEscalation() {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY,
                "escalation-1",
                ProcessVariables.of(ESCALATION_ID, "escalation-1")
                    .and(CATEGORY, "BEJEGENING")
                    .and(CASE_NUMBER, "SE-2026-000001")
                    .and(CASE_LABEL, "SE-2026-000001 · Signalen: Bejegening")
                    .asMap());
    BpmnAwareTests.assertThat(instance).isWaitingAt(FOLLOW_UP_TASK);
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(task().getId()).stream()
                .map(IdentityLink::getGroupId))
        .containsExactly("TEAMLEIDER");
    complete(task(), ProcessVariables.of(FOLLOW_UP_OWNER, "Directie Toeslagen").asMap());
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(FOLLOW_UP_TASK, "FollowedUp");
  }
}
