package nl.toeslagen.objections.process;

import static nl.toeslagen.objections.application.ObjectionProcess.*;
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
import nl.toeslagen.objections.application.ObjectionProcess;
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

/**
 * The objection-handling model: one test per path, with the steps replaced by recorders. Every name
 * comes from the production contract {@link ObjectionProcess}.
 */
@Deployment(resources = ObjectionProcess.MODEL)
class ObjectionProcessTest {

  private static ProcessEngine engine = InMemoryEngines.build("objections");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine).build();

  private final List<String> called = new ArrayList<>();
  private ProcessInstance instance;

  /** What the decision step answers from the domain: whether a penalty must be set, by when. */
  private Date penaltyDecisionDueAt;

  @BeforeEach
  void registerSteps() {
    BpmnAwareTests.init(engine);
    for (String step : CONTRACT.stepBeans()) {
      Mocks.register(step, (JavaDelegate) execution -> called.add(step));
    }
    Mocks.register(
        STEP_SEND_DECISION,
        (JavaDelegate)
            execution -> {
              called.add(STEP_SEND_DECISION);
              execution.setVariable(PENALTY_DECISION_REQUIRED.name(), penaltyDecisionDueAt != null);
              execution.setVariable(PENALTY_DECISION_DUE_AT.name(), penaltyDecisionDueAt);
            });
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
                PROCESS_KEY,
                "objection-1",
                Map.of(
                    OBJECTION_ID.name(), "objection-1",
                    REMINDER_AT.name(), date("2099-03-21"),
                    ESCALATION_AT.name(), date("2099-03-28"),
                    DECISION_DUE_AT.name(), date("2099-04-08"),
                    OVERDUE_REPEAT_AFTER.name(), "P7D"));
  }

  private void completeAt(String taskKey, Map<String, Object> variables) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskKey);
    complete(task(), variables);
  }

  private void admissibleAndContacted() {
    receive();
    completeAt(TASK_ADMISSIBILITY, withVariables(ADMISSIBILITY.name(), "ADMISSIBLE"));
    completeAt(TASK_CONTACT, Map.of());
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
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), false));
    completeAt(TASK_HOLD_HEARING, Map.of());
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), true));
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("VAKTECHNIEK");
    completeAt(TASK_REVIEW, withVariables(REVIEW_APPROVED.name(), true));

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance)
        .hasPassedInOrder(
            "SendAcknowledgementStep",
            TASK_ADMISSIBILITY,
            TASK_CONTACT,
            TASK_HEARING,
            "SendHearingInvitationStep",
            TASK_HOLD_HEARING,
            TASK_DRAFT,
            TASK_REVIEW,
            "SendDecisionStep",
            "ObjectionDecided");
    assertThat(called)
        .containsExactly(
            STEP_SEND_ACKNOWLEDGEMENT, STEP_SEND_HEARING_INVITATION, STEP_SEND_DECISION);
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void afterADecisionThatEndedARunningPenaltyTheHandlerSetsItBeforeTheCaseEnds() {
    penaltyDecisionDueAt = date("2099-05-06");
    admissibleAndContacted();
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), true));
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), false));

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_SET_PENALTY);
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("BEHANDELAAR");
    assertThat(task().getDueDate()).isEqualTo(date("2099-05-06"));
    completeAt(TASK_SET_PENALTY, Map.of());

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance)
        .hasPassedInOrder("SendDecisionStep", TASK_SET_PENALTY, "ObjectionDecided");
    assertThat(called).doesNotContain(STEP_PENALTY_DECISION_OVERDUE);
  }

  @Test
  void withoutARunningPenaltyTheCaseEndsAtTheDecision() {
    penaltyDecisionDueAt = null;
    admissibleAndContacted();
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), true));
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), false));

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance).hasNotPassed(TASK_SET_PENALTY);
  }

  @Test
  void whenTheTwoWeeksOfAwb418PassTheManagerIsToldAndTheTaskStaysOpen() {
    penaltyDecisionDueAt = date("2099-05-06");
    admissibleAndContacted();
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), true));
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), false));
    Job due =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId("PenaltyDecisionDueTimer")
            .singleResult();
    assertThat(due.getDuedate()).isEqualTo(date("2099-05-06"));

    engine.getManagementService().executeJob(due.getId());

    assertThat(called).contains(STEP_PENALTY_DECISION_OVERDUE);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_SET_PENALTY);
    completeAt(TASK_SET_PENALTY, Map.of());
    BpmnAwareTests.assertThat(instance).isEnded();
  }

  private void noticeOfDefault(String capReachedAt, String dueAt) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_NOTICE_OF_DEFAULT)
        .processInstanceBusinessKey("objection-1")
        .setVariable(PENALTY_CAP_REACHED_AT.name(), date(capReachedAt))
        .setVariable(PENALTY_DECISION_DUE_AT.name(), date(dueAt))
        .correlate();
  }

  private Job job(String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  @Test
  void aPenaltyThatReachesItsCapWhileTheCaseIsOpenIsSetByTheHandlerAndTheWorkGoesOn() {
    admissibleAndContacted();
    noticeOfDefault("2099-06-01", "2099-06-15");
    Job cap = job("PenaltyCapReachedTimer");
    assertThat(cap.getDuedate()).isEqualTo(date("2099-06-01"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_HEARING);

    engine.getManagementService().executeJob(cap.getId());

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_HEARING, TASK_SET_PENALTY_OPEN_CASE);
    var penaltyTask =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(TASK_SET_PENALTY_OPEN_CASE)
            .singleResult();
    assertThat(penaltyTask.getDueDate()).isEqualTo(date("2099-06-15"));
    engine.getManagementService().executeJob(job("OpenCasePenaltyDueTimer").getId());
    assertThat(called).contains(STEP_PENALTY_DECISION_OVERDUE);
    engine.getTaskService().complete(penaltyTask.getId());

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_HEARING).isNotEnded();
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), true));
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), false));
    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance).hasNotPassed(TASK_SET_PENALTY);
  }

  @Test
  void aDecisionBeforeTheCapEndsThePenaltyWatchAndThePenaltyIsSetAfterTheDecision() {
    penaltyDecisionDueAt = date("2099-05-06");
    admissibleAndContacted();
    noticeOfDefault("2099-06-01", "2099-06-15");
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), true));
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), false));

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_SET_PENALTY);
    // the cap's timer firing after the decision offers no second penalty task
    engine.getManagementService().executeJob(job("PenaltyCapReachedTimer").getId());
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_SET_PENALTY);
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_SET_PENALTY_OPEN_CASE)
                .count())
        .isZero();
    completeAt(TASK_SET_PENALTY, Map.of());
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void waiverPathSkipsTheHearingAndAFullyGrantedDecisionSkipsReview() {
    admissibleAndContacted();
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), true));
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), false));

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance)
        .hasNotPassed("SendHearingInvitationStep", TASK_HOLD_HEARING, TASK_REVIEW);
    assertThat(called).doesNotContain(STEP_SEND_HEARING_INVITATION).contains(STEP_SEND_DECISION);
  }

  @Test
  void notAdmissibleGoesStraightToDraftingWithoutContactOrHearing() {
    receive();
    completeAt(TASK_ADMISSIBILITY, withVariables(ADMISSIBILITY.name(), "NOT_ADMISSIBLE"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_DRAFT);
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), true));
    completeAt(TASK_REVIEW, withVariables(REVIEW_APPROVED.name(), true));

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance).hasNotPassed(TASK_CONTACT, TASK_HEARING);
  }

  @Test
  void missingRequirementsSendARepairRequestAndReturnToAdmissibility() {
    receive();
    completeAt(TASK_ADMISSIBILITY, withVariables(ADMISSIBILITY.name(), "REPAIR_REQUIRED"));
    assertThat(called).contains(STEP_SEND_REPAIR_REQUEST);
    completeAt(TASK_AWAIT_REPAIR, Map.of());
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_ADMISSIBILITY);
  }

  @Test
  void withdrawalEndsTheCaseFromAnyStep() {
    admissibleAndContacted();
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_HEARING);
    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_WITHDRAWN)
        .processInstanceBusinessKey("objection-1")
        .correlate();

    BpmnAwareTests.assertThat(instance).isEnded();
    BpmnAwareTests.assertThat(instance).hasPassed("RecordWithdrawalStep", "ObjectionWithdrawnEnd");
    assertThat(called).contains(STEP_RECORD_WITHDRAWAL).doesNotContain(STEP_SEND_DECISION);
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void rejectedReviewReturnsToDrafting() {
    admissibleAndContacted();
    completeAt(TASK_HEARING, withVariables(HEARING_SKIPPED.name(), true));
    completeAt(TASK_DRAFT, withVariables(REVIEW_REQUIRED.name(), true));
    completeAt(TASK_REVIEW, withVariables(REVIEW_APPROVED.name(), false));

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_DRAFT);
    assertThat(called).doesNotContain(STEP_SEND_DECISION);
  }

  @Test
  void timersRemindTheAssigneeThenEscalateToTheTeamLeaderThenReportTheMissedDeadline() {
    receive();
    Job reminder = timer();
    assertThat(reminder.getDuedate()).isEqualTo(date("2099-03-21"));
    engine.getManagementService().executeJob(reminder.getId());
    assertThat(called).contains(STEP_SEND_REMINDER);

    Job escalation = timer();
    assertThat(escalation.getDuedate()).isEqualTo(date("2099-03-28"));
    engine.getManagementService().executeJob(escalation.getId());
    assertThat(called).contains(STEP_ESCALATE);

    Job deadline = timer();
    assertThat(deadline.getDuedate()).isEqualTo(date("2099-04-08"));
    engine.getManagementService().executeJob(deadline.getId());
    assertThat(called).contains(STEP_DEADLINE_PASSED);

    // the work itself is untouched by the timers
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_ADMISSIBILITY);
    assertThat(timer()).as("weekly repeat while overdue").isNotNull();
  }

  @Test
  void recalculatedDeadlineMovesTheTimers() {
    receive();
    engine
        .getRuntimeService()
        .createMessageCorrelation(MESSAGE_DEADLINE_CHANGED)
        .processInstanceBusinessKey("objection-1")
        .setVariables(
            Map.of(
                REMINDER_AT.name(), date("2099-05-06"),
                ESCALATION_AT.name(), date("2099-05-13"),
                DECISION_DUE_AT.name(), date("2099-05-20")))
        .correlate();

    assertThat(timer().getDuedate()).isEqualTo(date("2099-05-06"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_ADMISSIBILITY);
  }

  @Test
  void aClosedCaseEndsTheDeadlineWatchInsteadOfRepeatingTheReport() {
    Mocks.register(
        STEP_DEADLINE_PASSED,
        (JavaDelegate)
            execution -> {
              called.add(STEP_DEADLINE_PASSED);
              // what the real step sets for a closed case (OverdueReportPolicy): no repeat
              execution.setVariable(OVERDUE_REPEAT_AFTER.name(), null);
            });
    receive();
    engine.getManagementService().executeJob(timer().getId());
    engine.getManagementService().executeJob(timer().getId());
    engine.getManagementService().executeJob(timer().getId());

    assertThat(called).contains(STEP_DEADLINE_PASSED);
    assertThat(timer()).as("no weekly repeat").isNull();
    BpmnAwareTests.assertThat(instance).hasPassed("DeadlineWatchEnded");
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_ADMISSIBILITY);
  }

  @Test
  void theWeeklyRepeatOfTheOverdueReportIsTheIntervalTheDomainGives() {
    receive();
    engine.getManagementService().executeJob(timer().getId());
    engine.getManagementService().executeJob(timer().getId());
    java.util.Date before = new java.util.Date();
    engine.getManagementService().executeJob(timer().getId());

    Job repeat = timer();
    assertThat(repeat.getDuedate())
        .isAfterOrEqualTo(
            new java.util.Date(before.getTime() + java.time.Duration.ofDays(7).toMillis() - 60_000))
        .isBefore(new java.util.Date(before.getTime() + java.time.Duration.ofDays(8).toMillis()));
  }
}
