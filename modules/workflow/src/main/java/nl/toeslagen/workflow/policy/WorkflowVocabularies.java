package nl.toeslagen.workflow.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    return List.of(
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes("auditObjectTypes", Map.of("TASK", "Taak")));
  }

  /**
   * The action codes of the task events the engine audits, in plain Dutch ({@code AuditActionsTest}
   * checks them against the code).
   */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("TASK_CREATED", "Taak aangemaakt");
    labels.put("TASK_ASSIGNED", "Taak opgepakt of toegewezen");
    labels.put("TASK_RELEASED", "Taak teruggegeven");
    labels.put("TASK_REASSIGNED", "Taak overgedragen aan een collega");
    labels.put("TASK_COMPLETED", "Taak afgerond");
    return Collections.unmodifiableMap(labels);
  }

  @Override
  public Map<Class<?>, String> exempt() {
    return Map.of(
        ProcessVariable.Use.class,
        "what a process variable is for, a contract between code and model; never shown",
        nl.toeslagen.workflow.api.TaskChanged.Kind.class,
        "what happened to a task, for the task list's read model; never shown");
  }
}
