package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.hardship.application.CollectionCommands.AssessCollection;
import nl.toeslagen.hardship.application.CollectionViews.CollectionAssessmentView;
import nl.toeslagen.hardship.application.CollectionViews.CollectionReason;
import nl.toeslagen.hardship.domain.CollectionAssessment;
import nl.toeslagen.hardship.domain.CollectionCase;
import nl.toeslagen.hardship.domain.CollectionRules;
import nl.toeslagen.hardship.domain.EfficiencyThresholds;
import nl.toeslagen.hardship.domain.RecoveryKind;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.ValidationException;

/**
 * Assesses how one recovery is collected ({@link CollectionRules}). The computation is pure and
 * reads no citizen data, but every rule decision is audited: one entry {@value #ASSESSED} per
 * assessment, object type {@value #OBJECT_TYPE}, its id a short digest of the input (the same input
 * gives the same id; no amount and no person is written), its reasons the arrangement and the names
 * of the rules evaluated.
 */
@ApplicationScoped
public class CollectionAssessmentService {

  /** The audit action of an assessment. */
  public static final String ASSESSED = "COLLECTION_ASSESSED";

  /** The audit object type of an assessment. */
  public static final String OBJECT_TYPE = "collection-assessment";

  /** The audit entry's legal-basis column holds at most this many characters. */
  private static final int LEGAL_BASIS = 200;

  @Inject ActorProvider actors;
  @Inject Event<AuditEvent> audit;
  @Inject Clock clock;

  /** Loaded on first use; immutable (final fields), so a second load in a race is harmless. */
  private EfficiencyThresholds thresholds;

  /**
   * The assessment of {@code command}.
   *
   * @throws ValidationException naming the field, for missing, unknown or implausible input
   */
  public CollectionAssessmentView assess(AssessCollection command) {
    if (command == null) {
      throw new ValidationException(
          "amountCents", "Geef de gegevens van de terugvordering.", "Give the recovery's data.");
    }
    CollectionCase c =
        new CollectionCase(
            required(command.amountCents(), "amountCents"),
            RecoveryKind.ofCode(command.kind()),
            required(command.decisionDate(), "decisionDate"),
            required(command.monthlyAdvanceCents(), "monthlyAdvanceCents"),
            required(command.monthlyIncomeCents(), "monthlyIncomeCents"),
            required(command.beslagvrijeVoetCents(), "beslagvrijeVoetCents"),
            required(command.uhtPause(), "uhtPause"));
    CollectionAssessment a = new CollectionRules(thresholds(), clock).assess(c);
    fire(c, a);
    return view(a);
  }

  private EfficiencyThresholds thresholds() {
    if (thresholds == null) {
      thresholds = EfficiencyThresholds.load();
    }
    return thresholds;
  }

  static CollectionAssessmentView view(CollectionAssessment a) {
    List<CollectionReason> reasons =
        a.reasons().stream()
            .map(r -> new CollectionReason(r.policy(), r.reasonNl(), r.reasonEn(), r.legalBasis()))
            .toList();
    return new CollectionAssessmentView(
        a.collect(),
        a.arrangement().name(),
        a.arrangement().labelNl(),
        a.monthlyTermCents(),
        a.lastTermCents(),
        a.terms(),
        a.zienswijzeRequired(),
        a.thresholdCents(),
        a.thresholdYear(),
        a.thresholdSource(),
        a.thresholdProvisional(),
        a.capacityCents(),
        reasons);
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new ValidationException(
          field, "Veld '" + field + "' is verplicht.", "Field '" + field + "' is required.");
    }
    return value;
  }

  private void fire(CollectionCase c, CollectionAssessment a) {
    Actor actor = actors.current();
    List<CollectionAssessment.Reason> reasons = a.reasons();
    String policies =
        reasons.stream().map(CollectionAssessment.Reason::policy).collect(Collectors.joining(", "));
    // the rule that decided the arrangement: the last before the zienswijze rule, which is always
    // reported last
    String basis = reasons.get(Math.max(0, reasons.size() - 2)).legalBasis();
    audit.fire(
        new AuditEvent(
            actor.userName(),
            actor.roles().isEmpty() ? null : actor.rolesText(),
            ASSESSED,
            OBJECT_TYPE,
            digest(c),
            Outcome.SUCCESS,
            basis == null || basis.length() <= LEGAL_BASIS
                ? basis
                : basis.substring(0, LEGAL_BASIS - 1) + "…",
            a.arrangement().name()
                + (a.zienswijzeRequired() ? " (zienswijze vereist)" : "")
                + (a.thresholdProvisional() ? " (voorlopige doelmatigheidsgrens)" : "")
                + ": "
                + policies));
  }

  /** The first 16 hex digits of the SHA-256 of the input: an id, not the amounts. */
  static String digest(CollectionCase c) {
    String canonical =
        String.join(
            "|",
            Long.toString(c.amountCents()),
            c.kind().name(),
            c.decisionDate().toString(),
            Long.toString(c.monthlyAdvanceCents()),
            Long.toString(c.monthlyIncomeCents()),
            Long.toString(c.beslagvrijeVoetCents()),
            Boolean.toString(c.uhtPause()));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
