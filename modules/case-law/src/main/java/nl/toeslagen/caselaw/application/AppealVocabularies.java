package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.caselaw.domain.AppealAppellant;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.AppealLevel;
import nl.toeslagen.caselaw.domain.AppealSolution;
import nl.toeslagen.caselaw.domain.AppealStatus;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.workflow.api.ProcessModels;

/** Every code of appeals the UI shows, with the domain's own label ({@code /api/labels}). */
@ApplicationScoped
public class AppealVocabularies implements VocabularySet {

  /** The workflow name of appeals (task list, notices, case pages). */
  public static final String CONTEXT = AppealPolicies.CONTEXT;

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public String contextNl() {
    return "Beroep en hoger beroep";
  }

  @Override
  public String contextEn() {
    return "Appeals";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of("levels", AppealLevel.class, AppealLevel::labelNl, AppealLevel::labelEn),
        Vocabulary.of(
            "appellants",
            AppealAppellant.class,
            AppealAppellant::labelNl,
            AppealAppellant::labelEn),
        Vocabulary.of(
            "solutions", AppealSolution.class, AppealSolution::labelNl, AppealSolution::labelEn),
        Vocabulary.of("statuses", AppealStatus.class, AppealStatus::labelNl, AppealStatus::labelEn),
        Vocabulary.ofCodes("tasks", ProcessModels.userTaskNames(AppealProcess.CONTRACT)),
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes("auditObjectTypes", Map.of(AppealId.OBJECT_TYPE, "Beroep")));
  }

  /** The audit action codes appeals write, in plain Dutch. */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("APPEAL_LODGED", "Beroep vastgelegd");
    labels.put("APPEAL_TERMS_SET", "Termijnen van het beroep bepaald");
    labels.put("APPEAL_PROFESSIONAL_LINE_CHECKED", "Hoger beroep getoetst door vaktechniek");
    labels.put("APPEAL_SETTLED", "Beroep opgelost met de burger");
    labels.put("APPEAL_CONTINUED", "Hoger beroep gaat door na toets");
    labels.put("APPEAL_DEFENCE_SENT", "Verweerschrift naar de rechter");
    labels.put("APPEAL_HEARING_HELD", "Zitting vastgelegd");
    labels.put("APPEAL_HEARING_SKIPPED", "Geen zitting vastgelegd");
    labels.put("APPEAL_RULING_RECORDED", "Uitspraak bij het beroep vastgelegd");
    labels.put("APPEAL_VIEWED", "Beroep ingezien");
    return labels;
  }
}
