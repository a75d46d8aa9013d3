package nl.toeslagen.objections.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.toeslagen.objections.application.ObjectionProcess;
import nl.toeslagen.workflow.testing.BpmnContractCheck;
import org.junit.jupiter.api.Test;

/** The contract class and the objection model name the same process, messages, variables, tasks. */
class ObjectionProcessContractTest {

  private static String model() throws IOException {
    try (InputStream in =
        ObjectionProcessContractTest.class
            .getClassLoader()
            .getResourceAsStream(ObjectionProcess.MODEL)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theContractAndTheModelAgree() {
    assertThat(BpmnContractCheck.mismatches(ObjectionProcess.CONTRACT)).isEmpty();
  }

  @Test
  void aRoutingVariableRenamedInTheModelOnlyIsReported() throws IOException {
    String renamed = model().replace("reviewRequired}", "reviewNeeded}");

    assertThat(BpmnContractCheck.mismatches(ObjectionProcess.CONTRACT, renamed))
        .anySatisfy(m -> assertThat(m).contains("'reviewNeeded'").contains("does not declare"))
        .anySatisfy(m -> assertThat(m).contains("'reviewRequired'").contains("not read"));
  }

  @Test
  void theOverdueRepeatRenamedInTheModelOnlyIsReported() throws IOException {
    String renamed = model().replace("overdueRepeatAfter", "repeatEvery");

    assertThat(BpmnContractCheck.mismatches(ObjectionProcess.CONTRACT, renamed))
        .anySatisfy(m -> assertThat(m).contains("'overdueRepeatAfter'").contains("not read"));
  }

  @Test
  void aTaskKeyRenamedInTheModelOnlyIsReported() throws IOException {
    String renamed =
        model()
            .replace("\"ReviewDecisionTask\"", "\"ApproveDecisionTask\"")
            .replace("bpmnElement=\"ApproveDecisionTask\"", "bpmnElement=\"ReviewDecisionTask\"");

    assertThat(BpmnContractCheck.mismatches(ObjectionProcess.CONTRACT, renamed))
        .anySatisfy(m -> assertThat(m).contains("user task 'ReviewDecisionTask' of the contract"))
        .anySatisfy(m -> assertThat(m).contains("user task 'ApproveDecisionTask' of the model"));
  }

  @Test
  void aMessageRenamedInTheModelOnlyIsReported() throws IOException {
    String renamed = model().replace("name=\"ObjectionWithdrawn\"", "name=\"ObjectionRetracted\"");

    assertThat(BpmnContractCheck.mismatches(ObjectionProcess.CONTRACT, renamed))
        .anySatisfy(m -> assertThat(m).contains("message 'ObjectionWithdrawn' of the contract"));
  }
}
