package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.workflow.api.CaseFactsChanged;
import nl.toeslagen.workflow.api.ProcessPort;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** {@link ProcessPort} on the embedded engine. Every call joins the caller's JTA transaction. */
@ApplicationScoped
public class CamundaProcessPort implements ProcessPort {

  @Inject ProcessEngine engine;
  @Inject Event<CaseFactsChanged> factsChanged;

  @Override
  public String start(String processKey, String businessKey, Map<String, Object> variables) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(processKey, businessKey, variables)
        .getId();
  }

  @Override
  public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(messageName)
        .processInstanceBusinessKey(businessKey)
        .setVariables(variables)
        .correlate();
    // the message may have moved the deadline or changed the label the task list shows
    factsChanged.fire(new CaseFactsChanged(businessKey));
  }

  @Override
  public List<String> activeActivityIds(String businessKey) {
    return instance(businessKey)
        .map(i -> engine.getRuntimeService().getActiveActivityIds(i.getId()))
        .orElse(List.of());
  }

  @Override
  public boolean isRunning(String businessKey) {
    return instance(businessKey).isPresent();
  }

  @Override
  public Optional<String> diagramXml(String businessKey) {
    String definitionId =
        instance(businessKey)
            .map(ProcessInstance::getProcessDefinitionId)
            .orElseGet(
                () -> {
                  var historic =
                      engine
                          .getHistoryService()
                          .createHistoricProcessInstanceQuery()
                          .processInstanceBusinessKey(businessKey)
                          .orderByProcessInstanceStartTime()
                          .desc()
                          .listPage(0, 1);
                  return historic.isEmpty() ? null : historic.get(0).getProcessDefinitionId();
                });
    if (definitionId == null) {
      return Optional.empty();
    }
    ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(definitionId);
    try (InputStream in =
        engine
            .getRepositoryService()
            .getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<ProcessInstance> instance(String businessKey) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .listPage(0, 1)
        .stream()
        .findFirst();
  }
}
