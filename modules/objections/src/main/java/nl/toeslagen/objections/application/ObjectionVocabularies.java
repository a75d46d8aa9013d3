package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
        Vocabulary.ofCodes("letterKinds", ObjectionLetters.KINDS_NL));
  }
}
