package nl.toeslagen.fraudreview.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.validation.PlausibleDate;

/**
 * Input of the fraud-review handlers (the commands), as the API receives it, with its limits as
 * Jakarta Validation constraints (checked before anything is written; see
 * docs/input-validation.md). Texts that also go into the audit trail hold at most {@value
 * #AUDITED_TEXT} characters; the legal basis at most {@value #LEGAL_BASIS} (the audit entry's
 * legal-basis column); facts and legal references so that all of them fit the determination's
 * columns (4,000 and 1,000 characters).
 */
public final class SignalCommands {

  public static final int AUDITED_TEXT = 2000;
  public static final int LEGAL_BASIS = 200;
  public static final int LONG_TEXT = 4000;
  public static final int MAX_FACTS = 20;
  public static final int MAX_FACT = 190;
  public static final int MAX_REFERENCES = 10;
  public static final int MAX_REFERENCE = 90;

  private SignalCommands() {}

  public record RegisterSignal(
      @NotBlank @Size(max = 20) String bsn,
      @NotBlank @Size(max = 30) String benefitType,
      @NotBlank @Size(max = 30) String source,
      @NotBlank @Size(max = LONG_TEXT) String description,
      @NotBlank @Size(max = LEGAL_BASIS) String legalBasis,
      @PlausibleDate(DateRange.RETENTION) LocalDate retentionDate) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public RegisterSignal(
        String bsn,
        String benefitType,
        String source,
        String description,
        String legalBasis,
        LocalDate retentionDate) {
      this.bsn = bsn;
      this.benefitType = benefitType;
      this.source = source;
      this.description = description;
      this.legalBasis = legalBasis;
      this.retentionDate = retentionDate;
    }
  }

  public record Fine(
      @PositiveOrZero @Max(10_000_000_000L) Long recoveryCents,
      @Min(0) @Max(100) Integer percentage,
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate previousFineDate,
      Boolean correctedBeforeAware,
      @Size(max = 100) String reportReference) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Fine(
        Long recoveryCents,
        Integer percentage,
        LocalDate previousFineDate,
        Boolean correctedBeforeAware,
        String reportReference) {
      this.recoveryCents = recoveryCents;
      this.percentage = percentage;
      this.previousFineDate = previousFineDate;
      this.correctedBeforeAware = correctedBeforeAware;
      this.reportReference = reportReference;
    }
  }

  public record SubmitDetermination(
      @NotBlank @Size(max = 30) String phase,
      @NotBlank @Size(max = 40) String conclusion,
      @Size(max = AUDITED_TEXT) String reasons,
      @Size(max = MAX_FACTS) List<@NotBlank @Size(max = MAX_FACT) String> facts,
      @Size(max = MAX_REFERENCES) List<@NotBlank @Size(max = MAX_REFERENCE) String> legalReferences,
      @Size(max = 10) String priority,
      @Valid Fine fine) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public SubmitDetermination(
        String phase,
        String conclusion,
        String reasons,
        List<String> facts,
        List<String> legalReferences,
        String priority,
        Fine fine) {
      this.phase = phase;
      this.conclusion = conclusion;
      this.reasons = reasons;
      this.facts = facts;
      this.legalReferences = legalReferences;
      this.priority = priority;
      this.fine = fine;
    }
  }

  public record DeterminationReview(
      @NotNull Boolean approved, @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public DeterminationReview(Boolean approved, String reasons) {
      this.approved = approved;
      this.reasons = reasons;
    }
  }

  public record RecordZienswijze(
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate requestedOn,
      Boolean responded,
      @Size(max = LONG_TEXT) String summary) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public RecordZienswijze(LocalDate requestedOn, Boolean responded, String summary) {
      this.requestedOn = requestedOn;
      this.responded = responded;
      this.summary = summary;
    }
  }

  /**
   * Asks the citizen for their view before a fine: the facts and the intended fine, as the request
   * letter states them (the period to respond is the policy's, not the caller's).
   */
  public record RequestZienswijze(
      @NotNull @Size(min = 1, max = MAX_FACTS) List<@NotBlank @Size(max = MAX_FACT) String> facts,
      @NotNull @Valid Fine intendedFine) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public RequestZienswijze(List<String> facts, Fine intendedFine) {
      this.facts = facts;
      this.intendedFine = intendedFine;
    }
  }

  /** The author withdraws a pending determination; the reason goes into the audit trail. */
  public record WithdrawDetermination(@NotBlank @Size(max = AUDITED_TEXT) String reason) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public WithdrawDetermination(String reason) {
      this.reason = reason;
    }
  }
}
