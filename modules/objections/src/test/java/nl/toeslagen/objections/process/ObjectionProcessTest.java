package nl.toeslagen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.toeslagen.workflow.testing.InMemoryEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The objection-handling model: one test per path, with the steps replaced by recorders. */
@Deployment(resources = "bpmn/objections/objection-handling.bpmn")
class ObjectionProcessTest {

  private static final String[] STEPS = {
    "objectionsSendAcknowledgement",
    "objectionsSendRepairRequest",
    "objectionsSendHearingInvitation",
    "objectionsSendDecision",
    "objectionsSendReminder",
    "objectionsEscalate",
    "objectionsDeadlinePassed",
    "objectionsRecordWithdrawal"
  };

  private static ProcessEngine engine = InMemoryEngines.build("objections");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine).build();

  private final List<String> called = new ArrayList<>();
  private ProcessInstance instance;

  @BeforeEach
  void registerSteps() {
    BpmnAwareTests.init(engine);
    for (String step : STEPS) {
      Mocks.register(step, (JavaDelegate) execution -> called.add(step));
    }
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private static Date date(String iso) {
    return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
  }

  private void receive() {
    instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "ObjectionHandling",
                "objection-1",
                Map.of(
                    "objectionId", "objection-1",
                    "reminderAt", date("2099-03-21"),
                    "escalationAt", date("2099-03-28"),
                    "decisionDueAt", date("2099-04-08")));
  }

  private void completeAt(String taskKey, Map<String, Object> variables) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskKey);
    complete(task(), variables);
  }

  private void admissibleAndContacted() {
    receive();
    completeAt("AssessAdmissibilityTask", withVariables("admissibility", "ADMISSIBLE"));
    completeAt("ProactiveContactTask", Map.of());
  }

  private Job timer() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .singleResult();
  }

  @Test
  void happyPathWithHearingSendsInvitationAndDecisionAfterFourEyesReview() {
    admissibleAndContacted();
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("BEHANDELAAR");
    completeAt("HearingTask", withVariables("hearingSkipped", false));
    completeAt("HoldHearingTask", Map.of());
    completeAt("DraftDecisionTask", withVariables("reviewRequired", true));
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("VAKTECHNIEK");
    completeAt("ReviewDecisionTask", withVariables("reviewApproved", true));

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance)
        .hasPassedInOrder(
            "SendAcknowledgementStep",
            "AssessAdmissibilityTask",
            "ProactiveContactTask",
            "HearingTask",
            "SendHearingInvitationStep",
            "HoldHearingTask",
            "DraftDecisionTask",
            "ReviewDecisionTask",
            "SendDecisionStep",
            "ObjectionDecided");
    assertThat(called)
        .containsExactly(
            "objectionsSendAcknowledgement",
            "objectionsSendHearingInvitation",
            "objectionsSendDecision");
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void waiverPathSkipsTheHearingAndAFullyGrantedDecisionSkipsReview() {
    admissibleAndContacted();
    completeAt("HearingTask", withVariables("hearingSkipped", true));
    completeAt("DraftDecisionTask", withVariables("reviewRequired", false));

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance)
        .hasNotPassed("SendHearingInvitationStep", "HoldHearingTask", "ReviewDecisionTask");
    assertThat(called)
        .doesNotContain("objectionsSendHearingInvitation")
        .contains("objectionsSendDecision");
  }

  @Test
  void notAdmissibleGoesStraightToDraftingWithoutContactOrHearing() {
    receive();
    completeAt("AssessAdmissibilityTask", withVariables("admissibility", "NOT_ADMISSIBLE"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("DraftDecisionTask");
    completeAt("DraftDecisionTask", withVariables("reviewRequired", true));
    completeAt("ReviewDecisionTask", withVariables("reviewApproved", true));

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance).hasNotPassed("ProactiveContactTask", "HearingTask");
  }

  @Test
  void missingRequirementsSendARepairRequestAndReturnToAdmissibility() {
    receive();
    completeAt("AssessAdmissibilityTask", withVariables("admissibility", "REPAIR_REQUIRED"));
    assertThat(called).contains("objectionsSendRepairRequest");
    completeAt("AwaitRepairTask", Map.of());
    BpmnAwareTests.assertThat(instance).isWaitingAt("AssessAdmissibilityTask");
  }

  @Test
  void withdrawalEndsTheCaseFromAnyStep() {
    admissibleAndContacted();
    BpmnAwareTests.assertThat(instance).isWaitingAt("HearingTask");
    engine
        .getRuntimeService()
        .createMessageCorrelation("ObjectionWithdrawn")
        .processInstanceBusinessKey("objection-1")
        .correlate();

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance).hasPassed("RecordWithdrawalStep", "ObjectionWithdrawnEnd");
    assertThat(called)
        .contains("objectionsRecordWithdrawal")
        .doesNotContain("objectionsSendDecision");
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void rejectedReviewReturnsToDrafting() {
    admissibleAndContacted();
    completeAt("HearingTask", withVariables("hearingSkipped", true));
    completeAt("DraftDecisionTask", withVariables("reviewRequired", true));
    completeAt("ReviewDecisionTask", withVariables("reviewApproved", false));

    BpmnAwareTests.assertThat(instance).isWaitingAt("DraftDecisionTask");
    assertThat(called).doesNotContain("objectionsSendDecision");
  }

  @Test
  void timersRemindTheAssigneeThenEscalateToTheTeamLeaderThenReportTheMissedDeadline() {
    receive();
    Job reminder = timer();
    assertThat(reminder.getDuedate()).isEqualTo(date("2099-03-21"));
    engine.getManagementService().executeJob(reminder.getId());
    assertThat(called).contains("objectionsSendReminder");

    Job escalation = timer();
    assertThat(escalation.getDuedate()).isEqualTo(date("2099-03-28"));
    engine.getManagementService().executeJob(escalation.getId());
    assertThat(called).contains("objectionsEscalate");

    Job deadline = timer();
    assertThat(deadline.getDuedate()).isEqualTo(date("2099-04-08"));
    engine.getManagementService().executeJob(deadline.getId());
    assertThat(called).contains("objectionsDeadlinePassed");

    // the work itself is untouched by the timers
    BpmnAwareTests.assertThat(instance).isWaitingAt("AssessAdmissibilityTask");
    assertThat(timer()).as("weekly repeat while overdue").isNotNull();
  }

  @Test
  void recalculatedDeadlineMovesTheTimers() {
    receive();
    engine
        .getRuntimeService()
        .createMessageCorrelation("ObjectionDeadlineChanged")
        .processInstanceBusinessKey("objection-1")
        .setVariables(
            Map.of(
                "reminderAt", date("2099-05-06"),
                "escalationAt", date("2099-05-13"),
                "decisionDueAt", date("2099-05-20")))
        .correlate();

    assertThat(timer().getDuedate()).isEqualTo(date("2099-05-06"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("AssessAdmissibilityTask");
  }
}
