package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.riskselection.domain.ApprovalStep;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.Comparison;
import nl.toeslagen.riskselection.domain.FeatureClassification;
import nl.toeslagen.riskselection.domain.FeatureType;
import nl.toeslagen.riskselection.domain.RuleSetStatus;
import nl.toeslagen.workflow.api.ProcessModels;

/** Every code of risk selection the UI shows, with the domain's own label ({@code /api/labels}). */
@ApplicationScoped
public class RiskSelectionVocabularies implements VocabularySet {

  @Override
  public String context() {
    return RiskSelectionPolicies.CONTEXT;
  }

  @Override
  public String contextNl() {
    return "Risicoselectie";
  }

  @Override
  public String contextEn() {
    return "Risk selection";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of(
            "classifications",
            FeatureClassification.class,
            FeatureClassification::labelNl,
            FeatureClassification::labelEn),
        Vocabulary.of(
            "featureTypes", FeatureType.class, FeatureType::labelNl, FeatureType::labelEn),
        Vocabulary.of("comparisons", Comparison.class, Comparison::labelNl, null),
        Vocabulary.of(
            "ruleSetStatuses", RuleSetStatus.class, RuleSetStatus::labelNl, RuleSetStatus::labelEn),
        Vocabulary.of("approvalSteps", ApprovalStep.class, ApprovalStep::labelNl, null),
        Vocabulary.of(
            "changeStatuses",
            ClassificationChange.Status.class,
            ClassificationChange.Status::labelNl,
            null),
        Vocabulary.ofCodes("tasks", ProcessModels.userTaskNames(RuleSetApprovalProcess.CONTRACT)),
        Vocabulary.ofCodes("ruleSetActions", ACTIONS_NL),
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes(
            "auditObjectTypes",
            Map.of(
                "SELECTION_RULE_SET", "Selectieregels",
                "SELECTION_RUN", "Selectierun",
                "FEATURE_CLASSIFICATION", "Classificatie van een selectiekenmerk")));
  }

  /** What a user can do with a rule set ({@code RuleSetDetails.actions}). */
  static final Map<String, String> ACTIONS_NL = actions();

  /** The action codes of the audit entries risk selection writes, in plain Dutch. */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> actions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("SUBMIT", "Indienen voor de privacytoets");
    labels.put("PRIVACY_REVIEW", "Privacytoets doen");
    labels.put("IMPACT_ASSESSMENT", "Impactassessment (IAMA) vastleggen");
    labels.put("PROFESSIONAL_APPROVAL", "Vaktechnisch goedkeuren");
    labels.put("BIAS_TEST", "Biastest op synthetische gegevens");
    labels.put("SUSPEND", "Schorsen");
    labels.put("RETIRE", "Buiten gebruik stellen");
    labels.put("SUSPENSION_REVIEW", "Schorsing beoordelen");
    labels.put("NEW_VERSION", "Nieuwe versie maken");
    return labels;
  }

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("RULE_SET_REGISTERED", "Selectieregels geregistreerd");
    labels.put("RULE_SET_SUBMITTED", "Selectieregels ingediend");
    labels.put("RULE_SET_PRIVACY_APPROVED", "Privacytoets goedgekeurd");
    labels.put("RULE_SET_IMPACT_ASSESSED", "Impactassessment (IAMA) vastgelegd");
    labels.put("RULE_SET_ACTIVATED", "Selectieregels vaktechnisch goedgekeurd en actief");
    labels.put("RULE_SET_REJECTED", "Selectieregels afgewezen");
    labels.put("RULE_SET_BIAS_TEST_PASSED", "Biastest geslaagd");
    labels.put("RULE_SET_BIAS_TEST_FAILED", "Biastest niet geslaagd");
    labels.put("RULE_SET_SUSPENDED", "Selectieregels geschorst");
    labels.put("RULE_SET_SUSPENDED_BY_MONITORING", "Selectieregels geschorst door de biasmonitor");
    labels.put("RULE_SET_REINSTATED", "Selectieregels hersteld");
    labels.put("RULE_SET_RETIRED", "Selectieregels buiten gebruik gesteld");
    labels.put("SELECTION_RUN_RECORDED", "Selectierun vastgelegd");
    labels.put("CASE_SELECTED", "Zaak geselecteerd voor beoordeling");
    labels.put("CASE_SAMPLED", "Zaak getrokken in de steekproef");
    labels.put("BIAS_REPORT_RECORDED", "Biasrapport vastgelegd");
    labels.put("SELECTION_RUN_VIEWED", "Selectierun ingezien");
    labels.put("SELECTION_EXPLANATION_VIEWED", "Uitleg van een selectie ingezien");
    labels.put("CLASSIFICATION_PROPOSED", "Classificatie van een kenmerk voorgesteld");
    labels.put("CLASSIFICATION_APPROVED", "Classificatie van een kenmerk goedgekeurd");
    labels.put("CLASSIFICATION_REJECTED", "Classificatie van een kenmerk afgewezen");
    return labels;
  }
}
