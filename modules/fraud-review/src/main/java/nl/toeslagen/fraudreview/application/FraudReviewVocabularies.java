package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.DeterminationStatus;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.workflow.api.ProcessModels;

/**
 * Every code of the fraud review (intensief toezicht) the UI shows, with the domain's own label,
 * for {@code GET /api/labels}.
 */
@ApplicationScoped
public class FraudReviewVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "fraud-review";
  }

  @Override
  public String contextNl() {
    return "Intensief toezicht";
  }

  @Override
  public String contextEn() {
    return "Fraud review";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of(
            "benefitTypes", BenefitType.class, BenefitType::labelNl, BenefitType::labelEn),
        Vocabulary.of("phases", Phase.class, Phase::nl, Phase::en),
        Vocabulary.of("conclusions", Conclusion.class, Conclusion::labelNl, Conclusion::labelEn),
        Vocabulary.of(
            "signalSources", SignalSource.class, SignalSource::labelNl, SignalSource::labelEn),
        Vocabulary.of("priorities", Priority.class, Priority::labelNl, Priority::labelEn),
        Vocabulary.of(
            "determinationStatuses",
            DeterminationStatus.class,
            DeterminationStatus::labelNl,
            DeterminationStatus::labelEn),
        Vocabulary.ofCodes("tasks", ProcessModels.userTaskNames(FraudReviewProcess.CONTRACT)),
        Vocabulary.ofCodes(
            "letterKinds",
            Map.of(
                ZienswijzeRequestLetter.KIND, "Verzoek om zienswijze",
                OutcomeLetter.KIND, "Uitkomst van het onderzoek")),
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes(
            "auditObjectTypes",
            Map.of(
                SignalAuditedObjects.SIGNAL,
                "Signaal",
                SignalAuditedObjects.CITIZEN,
                "Burger (BSN afgeschermd)",
                "SIGNAL_OVERVIEW",
                "Overzicht van signalen",
                "SIGNAL_RETENTION",
                "Bewaartermijn van signalen")));
  }

  /**
   * The action codes of the audit entries the fraud review writes, in plain Dutch ({@code
   * AuditActionsTest} checks them against the code).
   */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("SIGNAL_REGISTERED", "Signaal geregistreerd");
    labels.put("SIGNAL_VIEWED", "Signaal ingezien");
    labels.put("SIGNAL_SEARCH_BY_BSN", "Signalen gezocht op BSN");
    labels.put("STUCK_SIGNALS_VIEWED", "Overzicht van vastgelopen signalen ingezien");
    labels.put("LETTER_VIEWED", "Brief ingezien");
    labels.put("DETERMINATION_SUBMITTED", "Vaststelling ingediend");
    labels.put("DETERMINATION_REFUSED", "Vaststelling geweigerd: motivering ontbreekt");
    labels.put("DETERMINATION_HAS_NO_ELIGIBLE_APPROVER", "Niemand kan de vaststelling goedkeuren");
    labels.put("DETERMINATION_APPROVED", "Vaststelling goedgekeurd (vier ogen)");
    labels.put("DETERMINATION_REJECTED", "Vaststelling afgekeurd (vier ogen)");
    labels.put("DETERMINATION_REVIEW_REFUSED", "Beoordeling geweigerd: motivering ontbreekt");
    labels.put("DETERMINATION_WITHDRAWN", "Vaststelling ingetrokken");
    labels.put("DETERMINATION_WITHDRAWAL_REFUSED", "Intrekking geweigerd: reden ontbreekt");
    labels.put("ZIENSWIJZE_REQUESTED", "Zienswijze gevraagd");
    labels.put("ZIENSWIJZE_RECORDED", "Zienswijze vastgelegd");
    labels.put("SIGNAL_CLOSED", "Signaal afgesloten");
    labels.put("CITIZEN_INFORMED", "Burger over de uitkomst geïnformeerd");
    labels.put("SIGNAL_PURGED", "Signaal vernietigd na de bewaartermijn");
    labels.put("RETENTION_RUN", "Bewaartermijnen toegepast");
    return Collections.unmodifiableMap(labels);
  }
}
