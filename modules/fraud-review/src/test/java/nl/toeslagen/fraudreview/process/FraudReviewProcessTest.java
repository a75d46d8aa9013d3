package nl.toeslagen.fraudreview.process;

import static nl.toeslagen.fraudreview.application.FraudReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.workflow.api.ProcessVariables;
import nl.toeslagen.workflow.testing.InMemoryEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * The four-eyes fraud review model: one path per outcome, rejections loop back to the author, and
 * each approval task is offered to the role the domain requires ({@link RequiredApproverRole}).
 * Uses the production names of {@code FraudReviewProcess}.
 */
@Deployment(resources = MODEL)
class FraudReviewProcessTest {

  private static ProcessEngine engine = InMemoryEngines.build("fraud");

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().useProcessEngine(engine).build();

  private final List<String> informed = new ArrayList<>();
  private ProcessInstance instance;

  @BeforeEach
  void registerSteps() {
    BpmnAwareTests.init(engine);
    Mocks.register(
        INFORM_CITIZEN_STEP,
        (JavaDelegate) execution -> informed.add(execution.getProcessBusinessKey()));
  }

  /** Deployment happens after {@code @BeforeEach}, so each test registers its signal first. */
  private void registerSignal() {
    instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY, "signal-1", ProcessVariables.of(SIGNAL_ID, "signal-1").asMap());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** Completes the determination task as the submit handler does: conclusion and approver role. */
  private void determine(String taskId, String conclusion) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskId);
    Conclusion c = Conclusion.valueOf(conclusion);
    complete(
        task(),
        ProcessVariables.of(CONCLUSION, conclusion)
            .and(APPROVER_ROLE, RequiredApproverRole.of(c.phase(), c).name())
            .asMap());
  }

  private void review(String taskId, boolean approved) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskId);
    complete(task(), ProcessVariables.of(APPROVED, approved).asMap());
  }

  @Test
  void notRelevantSignalIsClosedWithoutFurtherInvestigation() {
    registerSignal();
    BpmnAwareTests.assertThat(instance).isWaitingAt(ASSESS_RELEVANCE_TASK);
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    determine(ASSESS_RELEVANCE_TASK, "NIET_RELEVANT");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review(APPROVE_RELEVANCE_TASK, true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("SignalClosedNotRelevant")
        .hasNotPassed(LEGALITY_INVESTIGATION_TASK);
    assertThat(informed).isEmpty();
  }

  @Test
  void rightAwardSkipsIntentAndEndsWithALetter() {
    registerSignal();
    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, true);
    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_JUIST");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review(APPROVE_LEGALITY_TASK, true);
    determine(DECIDE_OUTCOME_TASK, "GEEN_ONJUISTHEID");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review(APPROVE_OUTCOME_TASK, true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("InformCitizenStep", "FraudReviewCompleted")
        .hasNotPassed(INTENT_ASSESSMENT_TASK, REQUEST_ZIENSWIJZE_TASK);
    assertThat(informed).containsExactly("signal-1");
  }

  @Test
  void honestMistakeGoesToOutcomeWithoutZienswijzeApprovedByToezicht() {
    registerSignal();
    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, true);
    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_ONJUIST");
    review(APPROVE_LEGALITY_TASK, true);
    determine(INTENT_ASSESSMENT_TASK, "GEEN_OPZET_OF_GROVE_SCHULD");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("VAKTECHNIEK");
    review(APPROVE_INTENT_TASK, true);
    determine(DECIDE_OUTCOME_TASK, "ONBEWUSTE_FOUT");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review(APPROVE_OUTCOME_TASK, true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed(INTENT_ASSESSMENT_TASK, "InformCitizenStep")
        .hasNotPassed(REQUEST_ZIENSWIJZE_TASK);
    assertThat(informed).containsExactly("signal-1");
  }

  @Test
  void culpableConductAsksZienswijzeAndTheProfessionalLineApprovesTheOutcome() {
    registerSignal();
    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, true);
    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_ONJUIST");
    review(APPROVE_LEGALITY_TASK, true);
    determine(INTENT_ASSESSMENT_TASK, "OPZET");
    review(APPROVE_INTENT_TASK, true);

    BpmnAwareTests.assertThat(instance).isWaitingAt(REQUEST_ZIENSWIJZE_TASK);
    complete(task());
    determine(DECIDE_OUTCOME_TASK, "OPZET_OF_GROVE_SCHULD");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("VAKTECHNIEK");
    review(APPROVE_OUTCOME_TASK, true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            APPROVE_INTENT_TASK, REQUEST_ZIENSWIJZE_TASK, DECIDE_OUTCOME_TASK, "InformCitizenStep");
    assertThat(informed).containsExactly("signal-1");
  }

  @Test
  void grossNegligenceAlsoAsksZienswijze() {
    registerSignal();
    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, true);
    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_ONJUIST");
    review(APPROVE_LEGALITY_TASK, true);
    determine(INTENT_ASSESSMENT_TASK, "GROVE_SCHULD");
    review(APPROVE_INTENT_TASK, true);

    BpmnAwareTests.assertThat(instance).isWaitingAt(REQUEST_ZIENSWIJZE_TASK);
  }

  @Test
  void rejectedDeterminationGoesBackToThePhaseItCameFrom() {
    registerSignal();
    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, false);
    BpmnAwareTests.assertThat(instance).isWaitingAt(ASSESS_RELEVANCE_TASK);

    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, true);
    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_JUIST");
    review(APPROVE_LEGALITY_TASK, false);
    BpmnAwareTests.assertThat(instance).isWaitingAt(LEGALITY_INVESTIGATION_TASK);

    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_JUIST");
    review(APPROVE_LEGALITY_TASK, true);
    determine(DECIDE_OUTCOME_TASK, "GEEN_ONJUISTHEID");
    review(APPROVE_OUTCOME_TASK, false);
    BpmnAwareTests.assertThat(instance).isWaitingAt(DECIDE_OUTCOME_TASK);
    assertThat(informed).isEmpty();
  }

  @Test
  void aWithdrawnDeterminationEndsItsApprovalTaskAndReopensItsPhaseWhoeverHoldsTheApproval() {
    registerSignal();
    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, true);
    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_ONJUIST");
    review(APPROVE_LEGALITY_TASK, true);
    determine(INTENT_ASSESSMENT_TASK, "OPZET");
    // the professional line's reviewer has it; the author (supervision) withdraws it
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("VAKTECHNIEK");
    engine.getTaskService().claim(task().getId(), "vaktechniek1");

    engine
        .getRuntimeService()
        .createMessageCorrelation(DETERMINATION_WITHDRAWN)
        .processInstanceBusinessKey("signal-1")
        .correlate();

    BpmnAwareTests.assertThat(instance)
        .isWaitingAt(INTENT_ASSESSMENT_TASK)
        .hasPassed("IntentWithdrawn");
    determine(INTENT_ASSESSMENT_TASK, "GEEN_OPZET_OF_GROVE_SCHULD");
    review(APPROVE_INTENT_TASK, true);
    BpmnAwareTests.assertThat(instance).isWaitingAt(DECIDE_OUTCOME_TASK);
  }

  @Test
  void rejectedIntentDeterminationGoesBackToIntentAssessment() {
    registerSignal();
    determine(ASSESS_RELEVANCE_TASK, "RELEVANT");
    review(APPROVE_RELEVANCE_TASK, true);
    determine(LEGALITY_INVESTIGATION_TASK, "TOEKENNING_ONJUIST");
    review(APPROVE_LEGALITY_TASK, true);
    determine(INTENT_ASSESSMENT_TASK, "OPZET");
    review(APPROVE_INTENT_TASK, false);

    BpmnAwareTests.assertThat(instance).isWaitingAt(INTENT_ASSESSMENT_TASK);
  }
}
