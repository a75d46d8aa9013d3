package nl.toeslagen.hardship.process;

import static nl.toeslagen.hardship.application.HardshipProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.toeslagen.workflow.api.ProcessVariables;
import nl.toeslagen.workflow.testing.InMemoryEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hardship request's routing with the production names of {@code HardshipProcess}: the regular
 * track straight to the assessment, the urgent track through the same-day contact, a full grant
 * decided without review, a refusal reviewed (returned once, then approved), and the triage and
 * contact timers escalating without ending the work.
 */
@Deployment(resources = MODEL)
class HardshipProcessTest {

  private static ProcessEngine engine = InMemoryEngines.build("hardship");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine).build();

  private final List<String> called = new ArrayList<>();
  private ProcessInstance instance;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    for (String step : List.of(STEP_ESCALATE_TRIAGE, STEP_ESCALATE_CONTACT, STEP_SEND_DECISION)) {
      Mocks.register(step, (JavaDelegate) execution -> called.add(step));
    }
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private void receive() {
    Date later = Date.from(Instant.now().plusSeconds(86_400));
    instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY,
                "request-1",
                ProcessVariables.of(REQUEST_ID, "request-1").and(TRIAGE_DUE_AT, later).asMap());
  }

  private void work(String taskKey, String role, ProcessVariables variables) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskKey);
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(task().getId()).stream()
                .map(IdentityLink::getGroupId))
        .containsExactly(role);
    complete(task(), variables.asMap());
  }

  private ProcessVariables urgent() {
    return ProcessVariables.of(TRACK, "URGENT")
        .and(CONTACT_DUE_AT, Date.from(Instant.now().plusSeconds(3_600)));
  }

  @Test
  void aRegularGrantGoesFromTriageToTheAssessmentAndIsDecidedWithoutReview() {
    receive();
    work(TRIAGE_TASK, "BEHANDELAAR", ProcessVariables.of(TRACK, "REGULAR"));
    work(ASSESSMENT_TASK, "BEHANDELAAR", ProcessVariables.of(REVIEW_REQUIRED, false));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("SendDecisionStep");
    assertThat(called).containsExactly(STEP_SEND_DECISION);
  }

  @Test
  void anUrgentRefusalIsContactedFirstAndReviewedByTheProfessionalLine() {
    receive();
    work(TRIAGE_TASK, "BEHANDELAAR", urgent());
    work(URGENT_CONTACT_TASK, "BEHANDELAAR", ProcessVariables.of(DEADLINE, (String) null));
    work(ASSESSMENT_TASK, "BEHANDELAAR", ProcessVariables.of(REVIEW_REQUIRED, true));
    work(REVIEW_TASK, "VAKTECHNIEK", ProcessVariables.of(APPROVED, false));
    // returned: assessed again, then approved
    work(ASSESSMENT_TASK, "BEHANDELAAR", ProcessVariables.of(REVIEW_REQUIRED, true));
    work(REVIEW_TASK, "VAKTECHNIEK", ProcessVariables.of(APPROVED, true));
    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("UrgentContactTask", "ReviewTask", "SendDecisionStep");
    assertThat(called).containsExactly(STEP_SEND_DECISION);
  }

  @Test
  void aMissedTriageDayEscalatesAndTheTriageStaysOpen() {
    receive();
    fireTimer();
    assertThat(called).containsExactly(STEP_ESCALATE_TRIAGE);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TRIAGE_TASK);
  }

  @Test
  void aMissedSameDayContactEscalatesAndTheContactStaysOpen() {
    receive();
    work(TRIAGE_TASK, "BEHANDELAAR", urgent());
    fireTimer();
    assertThat(called).containsExactly(STEP_ESCALATE_CONTACT);
    BpmnAwareTests.assertThat(instance).isWaitingAt(URGENT_CONTACT_TASK);
  }

  private void fireTimer() {
    List<Job> jobs =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .list();
    assertThat(jobs).hasSize(1);
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }
}
