package nl.toeslagen.fraudreview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.toeslagen.fraudreview.application.FraudReviewProcess;
import nl.toeslagen.workflow.testing.BpmnContractCheck;
import org.junit.jupiter.api.Test;

/** The contract class and the BPMN model name the same key, variables, tasks and steps. */
class FraudReviewProcessContractTest {

  private static String model() throws IOException {
    try (InputStream in =
        FraudReviewProcessContractTest.class
            .getClassLoader()
            .getResourceAsStream(FraudReviewProcess.MODEL)) {
      assertThat(in).as(FraudReviewProcess.MODEL).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theContractMatchesTheModel() {
    assertThat(BpmnContractCheck.mismatches(FraudReviewProcess.CONTRACT)).isEmpty();
  }

  @Test
  void aRoutingVariableRenamedInTheModelOnlyIsNamed() throws IOException {
    String renamed = model().replace("${approverRole}", "${approverGroup}");

    assertThat(BpmnContractCheck.mismatches(FraudReviewProcess.CONTRACT, renamed))
        .anyMatch(m -> m.contains("'approverGroup'"))
        .anyMatch(m -> m.contains("'approverRole'"));
  }

  @Test
  void aTaskKeyRenamedInTheModelOnlyIsNamed() throws IOException {
    String renamed = model().replace("\"ApproveOutcomeTask\"", "\"ApproveTheOutcomeTask\"");

    assertThat(BpmnContractCheck.mismatches(FraudReviewProcess.CONTRACT, renamed))
        .anyMatch(m -> m.contains("'ApproveOutcomeTask' of the contract is not in the model"))
        .anyMatch(m -> m.contains("'ApproveTheOutcomeTask' of the model is not in the contract"));
  }

  @Test
  void aMessageRenamedInTheModelOnlyIsNamed() throws IOException {
    String renamed =
        model().replace("name=\"DeterminationWithdrawn\"", "name=\"DeterminationRetracted\"");

    assertThat(BpmnContractCheck.mismatches(FraudReviewProcess.CONTRACT, renamed))
        .anyMatch(m -> m.contains("'DeterminationWithdrawn' of the contract is not in the model"));
  }

  @Test
  void theApproverRoleIsNotDecidedInTheModel() throws IOException {
    // the rule lives in the domain (RequiredApproverRole); the model only offers the task to it
    assertThat(model()).doesNotContain("'VAKTECHNIEK'").doesNotContain("'TOEZICHT'");
    assertThat(model().split("camunda:candidateGroups=\"\\$\\{approverRole}\"", -1)).hasSize(5);
  }
}
