package nl.toeslagen.caselaw.process;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.caselaw.application.AppealProcess;
import nl.toeslagen.workflow.testing.BpmnContractCheck;
import org.junit.jupiter.api.Test;

/** The contract class and the BPMN model name the same key, message, variables and tasks. */
class AppealProcessContractTest {

  @Test
  void theContractMatchesTheModel() {
    assertThat(BpmnContractCheck.mismatches(AppealProcess.CONTRACT)).isEmpty();
  }
}
