package nl.toeslagen.workflow.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.workflow.api.ProcessVariable;

/**
 * The workflow context for {@code GET /api/labels}: its name; the task keys are labelled by the
 * contexts that own the processes.
 */
@ApplicationScoped
public class WorkflowVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "workflow";
  }

  @Override
  public String contextNl() {
    return "Taken";
  }

  @Override
  public String contextEn() {
    return "Tasks";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of();
  }

  @Override
  public Map<Class<?>, String> exempt() {
    return Map.of(
        ProcessVariable.Use.class,
        "what a process variable is for, a contract between code and model; never shown");
  }
}
