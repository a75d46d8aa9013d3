package nl.toeslagen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
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

/** The four-eyes fraud review model: one path per outcome, rejections loop back to the author. */
@Deployment(resources = "bpmn/fraud-review/fraud-review.bpmn")
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
        "fraudReviewInformCitizen",
        (JavaDelegate) execution -> informed.add(execution.getProcessBusinessKey()));
  }

  /** Deployment happens after {@code @BeforeEach}, so each test registers its signal first. */
  private void registerSignal() {
    instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "FraudReview", "signal-1", withVariables("signalId", "signal-1"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private void determine(String taskId, String conclusion) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskId);
    complete(task(), withVariables("conclusion", conclusion));
  }

  private void review(String taskId, boolean approved) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskId);
    complete(task(), withVariables("approved", approved));
  }

  @Test
  void notRelevantSignalIsClosedWithoutFurtherInvestigation() {
    registerSignal();
    BpmnAwareTests.assertThat(instance).isWaitingAt("AssessRelevanceTask");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    determine("AssessRelevanceTask", "NIET_RELEVANT");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review("ApproveRelevanceTask", true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("SignalClosedNotRelevant")
        .hasNotPassed("LegalityInvestigationTask");
    assertThat(informed).isEmpty();
  }

  @Test
  void rightAwardSkipsIntentAndEndsWithALetter() {
    registerSignal();
    determine("AssessRelevanceTask", "RELEVANT");
    review("ApproveRelevanceTask", true);
    determine("LegalityInvestigationTask", "TOEKENNING_JUIST");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review("ApproveLegalityTask", true);
    determine("DecideOutcomeTask", "GEEN_ONJUISTHEID");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review("ApproveOutcomeTask", true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("InformCitizenStep", "FraudReviewCompleted")
        .hasNotPassed("IntentAssessmentTask", "RequestZienswijzeTask");
    assertThat(informed).containsExactly("signal-1");
  }

  @Test
  void honestMistakeGoesToOutcomeWithoutZienswijzeApprovedByToezicht() {
    registerSignal();
    determine("AssessRelevanceTask", "RELEVANT");
    review("ApproveRelevanceTask", true);
    determine("LegalityInvestigationTask", "TOEKENNING_ONJUIST");
    review("ApproveLegalityTask", true);
    determine("IntentAssessmentTask", "GEEN_OPZET_OF_GROVE_SCHULD");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("VAKTECHNIEK");
    review("ApproveIntentTask", true);
    determine("DecideOutcomeTask", "ONBEWUSTE_FOUT");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("TOEZICHT");
    review("ApproveOutcomeTask", true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassed("IntentAssessmentTask", "InformCitizenStep")
        .hasNotPassed("RequestZienswijzeTask");
    assertThat(informed).containsExactly("signal-1");
  }

  @Test
  void culpableConductAsksZienswijzeAndTheProfessionalLineApprovesTheOutcome() {
    registerSignal();
    determine("AssessRelevanceTask", "RELEVANT");
    review("ApproveRelevanceTask", true);
    determine("LegalityInvestigationTask", "TOEKENNING_ONJUIST");
    review("ApproveLegalityTask", true);
    determine("IntentAssessmentTask", "OPZET");
    review("ApproveIntentTask", true);

    BpmnAwareTests.assertThat(instance).isWaitingAt("RequestZienswijzeTask");
    complete(task());
    determine("DecideOutcomeTask", "OPZET_OF_GROVE_SCHULD");
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("VAKTECHNIEK");
    review("ApproveOutcomeTask", true);

    BpmnAwareTests.assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "ApproveIntentTask", "RequestZienswijzeTask", "DecideOutcomeTask", "InformCitizenStep");
    assertThat(informed).containsExactly("signal-1");
  }

  @Test
  void grossNegligenceAlsoAsksZienswijze() {
    registerSignal();
    determine("AssessRelevanceTask", "RELEVANT");
    review("ApproveRelevanceTask", true);
    determine("LegalityInvestigationTask", "TOEKENNING_ONJUIST");
    review("ApproveLegalityTask", true);
    determine("IntentAssessmentTask", "GROVE_SCHULD");
    review("ApproveIntentTask", true);

    BpmnAwareTests.assertThat(instance).isWaitingAt("RequestZienswijzeTask");
  }

  @Test
  void rejectedDeterminationGoesBackToThePhaseItCameFrom() {
    registerSignal();
    determine("AssessRelevanceTask", "RELEVANT");
    review("ApproveRelevanceTask", false);
    BpmnAwareTests.assertThat(instance).isWaitingAt("AssessRelevanceTask");

    determine("AssessRelevanceTask", "RELEVANT");
    review("ApproveRelevanceTask", true);
    determine("LegalityInvestigationTask", "TOEKENNING_JUIST");
    review("ApproveLegalityTask", false);
    BpmnAwareTests.assertThat(instance).isWaitingAt("LegalityInvestigationTask");

    determine("LegalityInvestigationTask", "TOEKENNING_JUIST");
    review("ApproveLegalityTask", true);
    determine("DecideOutcomeTask", "GEEN_ONJUISTHEID");
    review("ApproveOutcomeTask", false);
    BpmnAwareTests.assertThat(instance).isWaitingAt("DecideOutcomeTask");
    assertThat(informed).isEmpty();
  }

  @Test
  void rejectedIntentDeterminationGoesBackToIntentAssessment() {
    registerSignal();
    determine("AssessRelevanceTask", "RELEVANT");
    review("ApproveRelevanceTask", true);
    determine("LegalityInvestigationTask", "TOEKENNING_ONJUIST");
    review("ApproveLegalityTask", true);
    determine("IntentAssessmentTask", "OPZET");
    review("ApproveIntentTask", false);

    BpmnAwareTests.assertThat(instance).isWaitingAt("IntentAssessmentTask");
  }
}
