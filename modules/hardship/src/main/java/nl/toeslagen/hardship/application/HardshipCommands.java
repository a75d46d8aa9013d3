package nl.toeslagen.hardship.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Input of the hardship handlers, with its limits as Jakarta Validation constraints (types, sizes,
 * outer bounds; checked before anything is written). What a person would get wrong — an unknown
 * code, a negative or absurd amount, a missing reason, a date out of range — is refused by the
 * domain's named policies ({@code HardshipInputPolicy}, {@code StatedReasonsPolicy}, …) so that the
 * refusal is audited. Texts that go into the audit trail hold at most {@value #AUDITED_TEXT}
 * characters.
 */
public final class HardshipCommands {

  public static final int AUDITED_TEXT = 2000;
  public static final int LONG_TEXT = 4000;
  public static final int CODE = 40;

  /** The outer bound of any amount field, in cents (a JavaScript-safe whole number). */
  public static final long BOUND = 9_000_000_000_000L;

  private HardshipCommands() {}

  /** The intake of a hardship request. */
  public record RegisterHardshipRequest(
      @Size(max = 20) String bsn,
      @Size(max = CODE) String benefitType,
      @Size(max = 60) String recoveryReference,
      @Min(-BOUND) @Max(BOUND) Long recoveryAmountCents,
      @Size(max = CODE) String kind,
      @Size(max = LONG_TEXT) String circumstances,
      @Size(max = 6) List<@NotNull @Size(max = CODE) String> urgency) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public RegisterHardshipRequest(
        String bsn,
        String benefitType,
        String recoveryReference,
        Long recoveryAmountCents,
        String kind,
        String circumstances,
        List<String> urgency) {
      this.bsn = bsn;
      this.benefitType = benefitType;
      this.recoveryReference = recoveryReference;
      this.recoveryAmountCents = recoveryAmountCents;
      this.kind = kind;
      this.circumstances = circumstances;
      this.urgency = urgency;
    }
  }

  /** The triage: the track, urgency found in the conversation, why. */
  public record Triage(
      @Size(max = CODE) String track,
      @Size(max = 6) List<@NotNull @Size(max = CODE) String> addedUrgency,
      @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Triage(String track, List<String> addedUrgency, String reasons) {
      this.track = track;
      this.addedUrgency = addedUrgency;
      this.reasons = reasons;
    }
  }

  /** The same-day contact of the urgent track. */
  public record UrgentContact(LocalDate contactedOn, @Size(max = AUDITED_TEXT) String summary) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public UrgentContact(LocalDate contactedOn, String summary) {
      this.contactedOn = contactedOn;
      this.summary = summary;
    }
  }

  /** An emergency payment with the person who approved it. */
  public record EmergencyPayment(
      @Min(-BOUND) @Max(BOUND) Long amountCents,
      @Size(max = 100) String approver,
      @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public EmergencyPayment(Long amountCents, String approver, String reasons) {
      this.amountCents = amountCents;
      this.approver = approver;
      this.reasons = reasons;
    }
  }

  /** A referral of a problem beyond the agency. */
  public record Referral(
      @Size(max = CODE) String target, @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Referral(String target, String reasons) {
      this.target = target;
      this.reasons = reasons;
    }
  }

  /** The figures of a personal payment plan: the collection rules compute the terms. */
  public record PlanFigures(
      @Min(-BOUND) @Max(BOUND) Long monthlyIncomeCents,
      @Min(-BOUND) @Max(BOUND) Long beslagvrijeVoetCents,
      @Min(-BOUND) @Max(BOUND) Long monthlyAdvanceCents) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public PlanFigures(
        Long monthlyIncomeCents, Long beslagvrijeVoetCents, Long monthlyAdvanceCents) {
      this.monthlyIncomeCents = monthlyIncomeCents;
      this.beslagvrijeVoetCents = beslagvrijeVoetCents;
      this.monthlyAdvanceCents = monthlyAdvanceCents;
    }
  }

  /** The assessment with its structured reasoning. */
  public record Assess(
      @Size(max = LONG_TEXT) String facts,
      @Size(max = AUDITED_TEXT) String harshLaw,
      Boolean unforeseenUnintended,
      Boolean disproportionate,
      @Size(max = CODE) String outcome,
      @Size(max = AUDITED_TEXT) String granted,
      @Min(-BOUND) @Max(BOUND) Long reliefCents,
      LocalDate pauseUntil,
      @Valid PlanFigures paymentPlan,
      @Size(max = AUDITED_TEXT) String reasons,
      @Size(max = CODE) String policySignal,
      @Size(max = AUDITED_TEXT) String policySignalNote) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Assess(
        String facts,
        String harshLaw,
        Boolean unforeseenUnintended,
        Boolean disproportionate,
        String outcome,
        String granted,
        Long reliefCents,
        LocalDate pauseUntil,
        PlanFigures paymentPlan,
        String reasons,
        String policySignal,
        String policySignalNote) {
      this.facts = facts;
      this.harshLaw = harshLaw;
      this.unforeseenUnintended = unforeseenUnintended;
      this.disproportionate = disproportionate;
      this.outcome = outcome;
      this.granted = granted;
      this.reliefCents = reliefCents;
      this.pauseUntil = pauseUntil;
      this.paymentPlan = paymentPlan;
      this.reasons = reasons;
      this.policySignal = policySignal;
      this.policySignalNote = policySignalNote;
    }
  }

  /** The professional line's review. */
  public record HardshipReview(
      @NotNull Boolean approved, @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public HardshipReview(Boolean approved, String reasons) {
      this.approved = approved;
      this.reasons = reasons;
    }
  }

  /** The search of the request list: a BSN (audited) and/or a case number (HH-…). */
  public record HardshipSearch(@Size(max = 20) String bsn, @Size(max = 30) String caseNumber) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public HardshipSearch(String bsn, String caseNumber) {
      this.bsn = bsn;
      this.caseNumber = caseNumber;
    }
  }
}
