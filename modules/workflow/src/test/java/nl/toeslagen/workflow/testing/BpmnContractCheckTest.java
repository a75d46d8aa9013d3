package nl.toeslagen.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;
import org.junit.jupiter.api.Test;

class BpmnContractCheckTest {

  private static final String MODEL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="t">
        <bpmn:message id="M1" name="CaseWithdrawn" />
        <bpmn:process id="Sample" isExecutable="true">
          <bpmn:userTask id="DecideTask" camunda:candidateGroups="${approverRole}" />
          <bpmn:serviceTask id="SendStep" camunda:delegateExpression="${sampleSend}" />
          <bpmn:sequenceFlow id="f" sourceRef="DecideTask" targetRef="SendStep">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${approved &amp;&amp; kind == 'A'}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
        </bpmn:process>
      </bpmn:definitions>
      """;

  private record Contract(
      String processKey,
      Set<String> messages,
      Set<ProcessVariable<?>> variables,
      Set<String> userTasks,
      Set<String> stepBeans)
      implements ProcessContract {
    @Override
    public String modelResource() {
      return "sample.bpmn";
    }
  }

  private static final Contract AGREES =
      new Contract(
          "Sample",
          Set.of("CaseWithdrawn"),
          Set.of(
              ProcessVariable.routing("approverRole", String.class),
              ProcessVariable.routing("approved", Boolean.class),
              ProcessVariable.routing("kind", String.class),
              ProcessVariable.data("caseId", String.class)),
          Set.of("DecideTask"),
          Set.of("sampleSend"));

  @Test
  void aContractThatMatchesItsModelHasNoMismatches() {
    assertThat(BpmnContractCheck.mismatches(AGREES, MODEL)).isEmpty();
  }

  @Test
  void aVariableRenamedInTheModelOnlyIsNamed() {
    assertThat(BpmnContractCheck.mismatches(AGREES, MODEL.replace("${approved", "${isApproved")))
        .containsExactlyInAnyOrder(
            "the model reads variable 'isApproved' that the contract does not declare",
            "routing variable 'approved' of the contract is not read by the model");
  }

  @Test
  void aTaskKeyRenamedInTheContractOnlyIsNamed() {
    Contract renamed =
        new Contract(
            AGREES.processKey(),
            AGREES.messages(),
            AGREES.variables(),
            Set.of("DecideCaseTask"),
            AGREES.stepBeans());
    assertThat(BpmnContractCheck.mismatches(renamed, MODEL))
        .containsExactlyInAnyOrder(
            "user task 'DecideCaseTask' of the contract is not in the model",
            "user task 'DecideTask' of the model is not in the contract");
  }

  @Test
  void aMessageStepBeanOrProcessKeyOnOneSideOnlyIsNamed() {
    String model =
        MODEL
            .replace("name=\"CaseWithdrawn\"", "name=\"CaseWithdrawnByCitizen\"")
            .replace("${sampleSend}", "${sampleSendLetter}")
            .replace("id=\"Sample\"", "id=\"SampleV2\"");
    assertThat(BpmnContractCheck.mismatches(AGREES, model))
        .contains(
            "process key Sample not in the model [SampleV2]",
            "message 'CaseWithdrawn' of the contract is not in the model",
            "step bean 'sampleSendLetter' of the model is not in the contract");
  }

  @Test
  void stringLiteralsPropertiesAndMethodCallsAreNotVariables() {
    String model =
        MODEL.replace(
            "${approved &amp;&amp; kind == 'A'}",
            "${approved &amp;&amp; kind == 'notAVariable' &amp;&amp; approverRole.isEmpty() == false}");
    assertThat(BpmnContractCheck.mismatches(AGREES, model)).isEmpty();
  }
}
