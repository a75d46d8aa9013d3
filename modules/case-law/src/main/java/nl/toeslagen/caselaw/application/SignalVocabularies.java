package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.caselaw.domain.SignalCaseType;
import nl.toeslagen.caselaw.domain.SignalCategories;
import nl.toeslagen.caselaw.domain.SignalEscalationStatus;
import nl.toeslagen.caselaw.domain.SignalSource;
import nl.toeslagen.caselaw.domain.SignalThresholdPolicy;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.workflow.api.ProcessModels;

/** Every code of central signal management the UI shows, with its label ({@code /api/labels}). */
@ApplicationScoped
public class SignalVocabularies implements VocabularySet {

  /** The workflow name of escalations (task list, notices). */
  public static final String CONTEXT = SignalPolicies.CONTEXT;

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public String contextNl() {
    return "Signaalmanagement";
  }

  @Override
  public String contextEn() {
    return "Signal management";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of("sources", SignalSource.class, SignalSource::labelNl, SignalSource::labelEn),
        Vocabulary.of(
            "caseTypes", SignalCaseType.class, SignalCaseType::labelNl, SignalCaseType::labelEn),
        Vocabulary.of(
            "escalationStatuses",
            SignalEscalationStatus.class,
            SignalEscalationStatus::labelNl,
            SignalEscalationStatus::labelEn),
        Vocabulary.ofCodes("categories", categories()),
        Vocabulary.ofCodes("tasks", ProcessModels.userTaskNames(SignalEscalationProcess.CONTRACT)),
        Vocabulary.ofCodes("escalationActions", Map.of("FOLLOW_UP", "Opvolging vastleggen")),
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes(
            "auditObjectTypes",
            Map.of(
                SignalAuditedObjects.SIGNAL,
                "Signaal (signaalmanagement)",
                SignalAuditedObjects.SIGNAL_ESCALATION,
                "Escalatie van signalen")));
  }

  @Override
  public Map<Class<?>, String> exempt() {
    return Map.of(
        SignalThresholdPolicy.Action.class,
        "The threshold policy's internal verdict; people see its reasons, not the code.");
  }

  /** The audit action codes of signal management, in plain Dutch. */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> categories() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (SignalCategories.Category c : SignalCases.CATEGORIES.all()) {
      labels.put(c.code(), c.labelNl());
    }
    return labels;
  }

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("PRACTICE_SIGNAL_REGISTERED", "Signaal geregistreerd (signaalmanagement)");
    labels.put("PRACTICE_SIGNAL_COUNTED", "Signaal geteld tegen de drempel van zijn categorie");
    labels.put("PRACTICE_SIGNAL_VIEWED", "Signaal ingezien (signaalmanagement)");
    labels.put("SIGNAL_ESCALATION_OPENED", "Categorie boven de drempel: escalatie geopend");
    labels.put("SIGNAL_ESCALATION_JOINED", "Signaal aangesloten bij de open escalatie");
    labels.put("SIGNAL_ESCALATION_FOLLOWED_UP", "Opvolging van de escalatie vastgelegd");
    labels.put("SIGNAL_ESCALATION_VIEWED", "Escalatie van signalen ingezien");
    return labels;
  }
}
