package nl.toeslagen.workflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toeslagen.workflow.testing.InMemoryEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The models of bpmn/ are deployed at start-up; a restart with unchanged models creates no new
 * versions.
 */
class ModelDeployerTest {

  private static final ProcessEngine engine = InMemoryEngines.build("deployer");

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void findsEveryModelOfTheBpmnFolders() {
    List<String> models = ModelDeployer.findModels(ModelDeployer.class.getClassLoader());
    assertThat(models)
        .contains("bpmn/objections/objection-handling.bpmn", "bpmn/fraud-review/fraud-review.bpmn");
  }

  @Test
  void aRestartWithUnchangedModelsCreatesNoNewVersions() {
    ModelDeployer deployer = new ModelDeployer(engine.getRepositoryService());
    deployer.deployAll();
    deployer.deployAll();
    deployer.deployAll();

    List<ProcessDefinition> definitions =
        engine.getRepositoryService().createProcessDefinitionQuery().list();
    assertThat(definitions)
        .extracting(ProcessDefinition::getKey)
        .contains("ObjectionHandling", "FraudReview")
        .doesNotHaveDuplicates();
    assertThat(definitions).allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(1));
  }
}
