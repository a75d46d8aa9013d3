package nl.toeslagen.riskselection.process;

import static nl.toeslagen.riskselection.application.RuleSetApprovalProcess.*;
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
 * The lifecycle of a rule-set version: privacy review, impact assessment and professional approval
 * each by its own role, a rejection ending it, an active rule set waiting for a suspension or its
 * retirement, and the privacy adviser's review of a suspension. Production names of {@code
 * RuleSetApprovalProcess}.
 */
@Deployment(resources = MODEL)
class RuleSetApprovalProcessTest {

  private static ProcessEngine engine = InMemoryEngines.build("riskselection");

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

  private void submit() {
    instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY, "rule-set-1", ProcessVariables.of(RULE_SET_ID, "rule-set-1").asMap());
  }

  private void review(String taskKey, String role, boolean approved) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskKey);
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(task().getId()).stream()
                .map(IdentityLink::getGroupId))
        .containsExactly(role);
    complete(task(), ProcessVariables.of(APPROVED, approved).asMap());
  }

  private void correlate(String message) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey("rule-set-1")
        .correlate();
  }

  @Test
  void threeApprovalsByTheirOwnRolesMakeItActiveUntilRetired() {
    submit();
    review(PRIVACY_REVIEW_TASK, "PRIVACY", true);
    review(IMPACT_ASSESSMENT_TASK, "PRIVACY", true);
    review(PROFESSIONAL_APPROVAL_TASK, "VAKTECHNIEK", true);
    BpmnAwareTests.assertThat(instance).isWaitingAt("ActiveGateway");
    correlate(RULE_SET_RETIRED);
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("RuleSetRetired");
  }

  @Test
  void aRejectionAtAnyReviewEndsTheVersion() {
    submit();
    review(PRIVACY_REVIEW_TASK, "PRIVACY", true);
    review(IMPACT_ASSESSMENT_TASK, "PRIVACY", false);
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("RuleSetRejected");
  }

  @Test
  void aSuspensionOpensThePrivacyReviewWhichReinstatesOrRetires() {
    submit();
    review(PRIVACY_REVIEW_TASK, "PRIVACY", true);
    review(IMPACT_ASSESSMENT_TASK, "PRIVACY", true);
    review(PROFESSIONAL_APPROVAL_TASK, "VAKTECHNIEK", true);
    correlate(RULE_SET_SUSPENDED);
    review(SUSPENSION_REVIEW_TASK, "PRIVACY", true);
    BpmnAwareTests.assertThat(instance).isWaitingAt("ActiveGateway");
    correlate(RULE_SET_SUSPENDED);
    review(SUSPENSION_REVIEW_TASK, "PRIVACY", false);
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("RuleSetRetired");
  }
}
