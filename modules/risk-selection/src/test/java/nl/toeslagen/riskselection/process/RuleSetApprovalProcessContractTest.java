package nl.toeslagen.riskselection.process;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.riskselection.application.RuleSetApprovalProcess;
import nl.toeslagen.workflow.testing.BpmnContractCheck;
import org.junit.jupiter.api.Test;

/** The contract class and the BPMN model name the same key, variables, tasks and messages. */
class RuleSetApprovalProcessContractTest {

  @Test
  void theContractMatchesTheModel() {
    assertThat(BpmnContractCheck.mismatches(RuleSetApprovalProcess.CONTRACT)).isEmpty();
  }
}
