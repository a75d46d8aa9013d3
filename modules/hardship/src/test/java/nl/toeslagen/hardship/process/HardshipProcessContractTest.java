package nl.toeslagen.hardship.process;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.hardship.application.HardshipProcess;
import nl.toeslagen.workflow.testing.BpmnContractCheck;
import org.junit.jupiter.api.Test;

/** The contract class and the BPMN model name the same key, variables, tasks and step beans. */
class HardshipProcessContractTest {

  @Test
  void theContractMatchesTheModel() {
    assertThat(BpmnContractCheck.mismatches(HardshipProcess.CONTRACT)).isEmpty();
  }
}
