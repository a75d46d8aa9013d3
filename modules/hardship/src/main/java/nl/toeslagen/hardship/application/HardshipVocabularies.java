package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.hardship.domain.BenefitType;
import nl.toeslagen.hardship.domain.HardshipKind;
import nl.toeslagen.hardship.domain.HardshipOutcome;
import nl.toeslagen.hardship.domain.HardshipStatus;
import nl.toeslagen.hardship.domain.PolicySignalCategory;
import nl.toeslagen.hardship.domain.ReferralTarget;
import nl.toeslagen.hardship.domain.Track;
import nl.toeslagen.hardship.domain.UrgencySignal;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.workflow.api.ProcessModels;

/**
 * Every code of hardship requests the UI shows, with the domain's own label ({@code /api/labels}).
 */
@ApplicationScoped
public class HardshipVocabularies implements VocabularySet {

  /** The workflow name of hardship cases (task list, notices, case pages). */
  public static final String CONTEXT = HardshipPolicies.CONTEXT;

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public String contextNl() {
    return "Hardheidsverzoeken";
  }

  @Override
  public String contextEn() {
    return "Hardship requests";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of("kinds", HardshipKind.class, HardshipKind::labelNl, HardshipKind::labelEn),
        Vocabulary.of(
            "urgencySignals", UrgencySignal.class, UrgencySignal::labelNl, UrgencySignal::labelEn),
        Vocabulary.of(
            "benefitTypes", BenefitType.class, BenefitType::labelNl, BenefitType::labelEn),
        Vocabulary.of("tracks", Track.class, Track::labelNl, Track::labelEn),
        Vocabulary.of(
            "statuses", HardshipStatus.class, HardshipStatus::labelNl, HardshipStatus::labelEn),
        Vocabulary.of(
            "outcomes", HardshipOutcome.class, HardshipOutcome::labelNl, HardshipOutcome::labelEn),
        Vocabulary.of(
            "referralTargets",
            ReferralTarget.class,
            ReferralTarget::labelNl,
            ReferralTarget::labelEn),
        Vocabulary.of(
            "policySignalCategories",
            PolicySignalCategory.class,
            PolicySignalCategory::labelNl,
            PolicySignalCategory::labelEn),
        Vocabulary.ofCodes("tasks", ProcessModels.userTaskNames(HardshipProcess.CONTRACT)),
        Vocabulary.ofCodes("requestActions", ACTIONS_NL),
        Vocabulary.ofCodes(
            "letterKinds", Map.of(DecisionLetter.KIND, "Beslissing op het hardheidsverzoek")),
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes(
            "auditObjectTypes",
            Map.of(
                "HARDSHIP_REQUEST",
                "Hardheidsverzoek",
                HardshipAuditedObjects.CITIZEN,
                "Burger (zoeken in hardheidsverzoeken)")));
  }

  /** What a user can do with a request ({@code HardshipRequestDetails.actions}). */
  static final Map<String, String> ACTIONS_NL = actions();

  /** The audit action codes hardship requests write, in plain Dutch. */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> actions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("TRIAGE", "Triage doen");
    labels.put("CONTACT", "Spoedcontact vastleggen");
    labels.put("ASSESS", "Beoordelen");
    labels.put("REVIEW", "Controleren (vaktechniek)");
    labels.put("EMERGENCY_PAYMENT", "Noodbetaling vastleggen");
    labels.put("REFER", "Doorverwijzen");
    labels.put("OBJECT", "Bezwaar registreren");
    return labels;
  }

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("HARDSHIP_REQUEST_REGISTERED", "Hardheidsverzoek geregistreerd");
    labels.put("HARDSHIP_TRACK_CHOSEN", "Spoor van het verzoek bepaald");
    labels.put("HARDSHIP_DEADLINES_SET", "Termijnen van triage en spoedcontact bepaald");
    labels.put("HARDSHIP_COLLECTION_PAUSED", "Invordering gepauzeerd zolang het verzoek loopt");
    labels.put("HARDSHIP_TRIAGED", "Verzoek getrieerd");
    labels.put("HARDSHIP_URGENT_CONTACT", "Spoedcontact vastgelegd");
    labels.put("HARDSHIP_EMERGENCY_PAYMENT", "Noodbetaling vastgelegd");
    labels.put("HARDSHIP_REFERRED", "Doorverwezen");
    labels.put("HARDSHIP_ASSESSED", "Verzoek beoordeeld");
    labels.put("HARDSHIP_POLICY_SIGNAL", "Signaal voor beleid vastgelegd");
    labels.put("HARDSHIP_REVIEW_APPROVED", "Beoordeling goedgekeurd door vaktechniek");
    labels.put("HARDSHIP_REVIEW_RETURNED", "Beoordeling teruggestuurd door vaktechniek");
    labels.put("HARDSHIP_DECIDED", "Besloten op het verzoek");
    labels.put("HARDSHIP_DECISION_SENT", "Beslisbrief verstuurd");
    labels.put("HARDSHIP_TRIAGE_OVERDUE", "Triage te laat, geëscaleerd");
    labels.put("HARDSHIP_CONTACT_OVERDUE", "Spoedcontact te laat, geëscaleerd");
    labels.put("HARDSHIP_REQUEST_VIEWED", "Hardheidsverzoek ingezien");
    labels.put("HARDSHIP_SEARCH_BY_BSN", "Hardheidsverzoeken gezocht op BSN");
    return labels;
  }
}
