package nl.toeslagen.caselaw.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.toeslagen.caselaw.application.SignalEscalationProcess;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;
import nl.toeslagen.workflow.testing.BpmnContractCheck;
import org.junit.jupiter.api.Test;

/** The contract class and the BPMN model name the same key, variables, tasks and step beans. */
class SignalEscalationProcessContractTest {

  @Test
  void theContractMatchesTheModel() {
    assertThat(BpmnContractCheck.mismatches(SignalEscalationProcess.CONTRACT)).isEmpty();
  }

  @Test
  void aTaskRenamedOnOneSideIsFound() {
    ProcessContract renamed =
        new ProcessContract() {
          @Override
          public String processKey() {
            return SignalEscalationProcess.PROCESS_KEY;
          }

          @Override
          public String modelResource() {
            return SignalEscalationProcess.MODEL;
          }

          @Override
          public Set<String> messages() {
            return Set.of();
          }

          @Override
          public Set<ProcessVariable<?>> variables() {
            return SignalEscalationProcess.CONTRACT.variables();
          }

          @Override
          public Set<String> userTasks() {
            return Set.of("followUp");
          }

          @Override
          public Set<String> stepBeans() {
            return Set.of();
          }
        };
    assertThat(BpmnContractCheck.mismatches(renamed)).isNotEmpty();
  }
}
