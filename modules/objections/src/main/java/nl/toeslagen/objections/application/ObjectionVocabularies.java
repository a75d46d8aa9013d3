package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.objections.domain.AdmissibilityOutcome;
import nl.toeslagen.objections.domain.BenefitType;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.ContestedDecisionType;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundSource;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.HearingSkipReason;
import nl.toeslagen.objections.domain.IntakeChannel;
import nl.toeslagen.objections.domain.ManifestFinding;
import nl.toeslagen.objections.domain.Requirement;
import nl.toeslagen.objections.domain.Stage;
import nl.toeslagen.objections.domain.TermChangeKind;
import nl.toeslagen.objections.domain.Timeliness;
import nl.toeslagen.objections.domain.WithdrawalChannel;
import nl.toeslagen.workflow.api.ProcessModels;

/**
 * Every code of objection handling the UI shows, with the domain's own label, for {@code GET
 * /api/labels}.
 */
@ApplicationScoped
public class ObjectionVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "objections";
  }

  @Override
  public String contextNl() {
    return "Bezwaar";
  }

  @Override
  public String contextEn() {
    return "Objections";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of(
            "benefitTypes", BenefitType.class, BenefitType::labelNl, BenefitType::labelEn),
        Vocabulary.of("stages", Stage.class, Stage::labelNl, Stage::labelEn),
        Vocabulary.of(
            "contestedDecisionTypes",
            ContestedDecisionType.class,
            ContestedDecisionType::labelNl,
            ContestedDecisionType::labelEn),
        Vocabulary.of(
            "decisionOutcomes",
            DecisionOutcome.class,
            DecisionOutcome::labelNl,
            DecisionOutcome::labelEn),
        Vocabulary.of(
            "admissibilityOutcomes",
            AdmissibilityOutcome.class,
            AdmissibilityOutcome::labelNl,
            AdmissibilityOutcome::labelEn),
        Vocabulary.of("timeliness", Timeliness.class, Timeliness::labelNl, Timeliness::labelEn),
        Vocabulary.of(
            "intakeChannels", IntakeChannel.class, IntakeChannel::labelNl, IntakeChannel::labelEn),
        Vocabulary.of("requirements", Requirement.class, Requirement::nl, Requirement::en),
        Vocabulary.of(
            "hearingModes", HearingMode.class, HearingMode::labelNl, HearingMode::labelEn),
        Vocabulary.of(
            "hearingSkipReasons",
            HearingSkipReason.class,
            HearingSkipReason::nl,
            HearingSkipReason::en),
        Vocabulary.of(
            "termChangeKinds",
            TermChangeKind.class,
            TermChangeKind::labelNl,
            TermChangeKind::labelEn),
        Vocabulary.of(
            "withdrawalChannels",
            WithdrawalChannel.class,
            WithdrawalChannel::labelNl,
            WithdrawalChannel::labelEn),
        Vocabulary.of("groundSources", GroundSource.class, GroundSource::nl, GroundSource::en),
        Vocabulary.of(
            "manifestFindings", ManifestFinding.class, ManifestFinding::nl, ManifestFinding::en),
        Vocabulary.of(
            "caseSteps", CaseStep.Kind.class, CaseStep.Kind::labelNl, CaseStep.Kind::labelEn),
        Vocabulary.ofCodes("tasks", ProcessModels.userTaskNames(ObjectionProcess.CONTRACT)),
        Vocabulary.ofCodes("letterKinds", ObjectionLetters.KINDS_NL),
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes("auditObjectTypes", Map.of(ObjectionCases.OBJECT_TYPE, "Bezwaar")));
  }

  /**
   * The action codes of the audit entries objection handling writes, in plain Dutch, in the order
   * of a case ({@code AuditActionsTest} checks them against the code).
   */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("OBJECTION_REGISTERED", "Bezwaar geregistreerd");
    labels.put("OBJECTION_TIMELINESS_ASSESSED", "Tijdigheid van het bezwaar beoordeeld");
    labels.put("OBJECTION_GROUNDS_ASSESSED", "Gronden van het bezwaar beoordeeld");
    labels.put("LATENESS_EXCUSED", "Te laat bezwaar verschoonbaar geacht");
    labels.put("ADMISSIBILITY_ASSESSED", "Ontvankelijkheid beoordeeld");
    labels.put("DECISION_TERM_SUSPENDED", "Beslistermijn opgeschort");
    labels.put("PROACTIVE_CONTACT_RECORDED", "Telefonisch contact vastgelegd");
    labels.put("HEARING_SCHEDULED", "Hoorzitting gepland");
    labels.put("HEARING_DATE_ASSESSED", "Datum van de hoorzitting getoetst");
    labels.put("HEARING_SKIPPED", "Afgezien van horen");
    labels.put("HEARING_HELD", "Verslag van de hoorzitting vastgelegd");
    labels.put("HEARING_REPORT_DATE_ASSESSED", "Datum van het verslag getoetst");
    labels.put("OBJECTION_GROUND_ADDED", "Grond toegevoegd");
    labels.put("DECISION_DRAFTED", "Beslissing opgesteld");
    labels.put("DECISION_APPROVED", "Beslissing goedgekeurd (vier ogen)");
    labels.put("DECISION_REJECTED", "Beslissing teruggestuurd (vier ogen)");
    labels.put("DECISION_SENT", "Beslissing verzonden");
    labels.put("DECISION_TERM_EXTENDED", "Beslistermijn verdaagd");
    labels.put("DECISION_TERM_POSTPONED_WITH_CONSENT", "Beslistermijn uitgesteld met instemming");
    labels.put("NOTICE_OF_DEFAULT_REGISTERED", "Ingebrekestelling geregistreerd");
    labels.put("PENALTY_DECIDED", "Dwangsom vastgesteld");
    labels.put("PENALTY_DECISION_OVERDUE", "Dwangsom niet op tijd vastgesteld");
    labels.put("DEADLINE_REMINDER", "Herinnering: de beslistermijn loopt bijna af");
    labels.put("DEADLINE_ESCALATED", "Beslistermijn gemeld aan de teamleider");
    labels.put("DEADLINE_PASSED", "Beslistermijn verstreken");
    labels.put("OBJECTION_WITHDRAWN", "Bezwaar ingetrokken");
    labels.put("WITHDRAWAL_REGISTERED", "Intrekking geregistreerd");
    labels.put("PROCESS_ENDED_BY_WITHDRAWAL", "Behandeling beëindigd na intrekking");
    labels.put("CASE_READ", "Bezwaardossier ingezien");
    labels.put("LETTER_DOWNLOADED", "Brief gedownload");
    labels.put("DECISION_LETTER_PREVIEWED", "Conceptbrief van de beslissing bekeken");
    return Collections.unmodifiableMap(labels);
  }
}
