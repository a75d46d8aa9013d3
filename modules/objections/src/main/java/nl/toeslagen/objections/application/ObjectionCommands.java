package nl.toeslagen.objections.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.toeslagen.kernel.CaseId;

/**
 * The user intentions on an objection, one command per handler. Values are plain (text, dates,
 * kernel types): the REST layer builds them from its validated request bodies (limits and JSON
 * paths in {@code rest.ObjectionRequests}); the handlers turn codes into domain values, naming the
 * field when one is unknown. The constraints here are what a command needs whoever sends it; the
 * handlers validate them ({@code @Valid}).
 */
public final class ObjectionCommands {

  private ObjectionCommands() {}

  /** A new objection; {@code grounds} as the objector wrote them. */
  public record ReceiveObjection(
      @NotNull String bsn,
      @NotNull String benefitType,
      @NotNull String contestedReference,
      @NotNull String contestedType,
      @NotNull LocalDate contestedDate,
      @NotNull LocalDate receivedDate,
      LocalDate postmarkDate,
      @NotNull List<String> grounds,
      @NotNull String channel,
      boolean advisoryCommittee,
      Long amountAtStakeCents,
      Integer contestedBenefitYear) {

    /** Without amount at stake and benefit year. */
    public ReceiveObjection(
        String bsn,
        String benefitType,
        String contestedReference,
        String contestedType,
        LocalDate contestedDate,
        LocalDate receivedDate,
        LocalDate postmarkDate,
        List<String> grounds,
        String channel,
        boolean advisoryCommittee) {
      this(
          bsn,
          benefitType,
          contestedReference,
          contestedType,
          contestedDate,
          receivedDate,
          postmarkDate,
          grounds,
          channel,
          advisoryCommittee,
          null,
          null);
    }
  }

  /**
   * The admissibility assessment; {@code missing} names of {@code Requirement}; {@code
   * excuseReason} (optional) excuses a late objection first.
   */
  public record AssessAdmissibility(
      @NotNull CaseId objection,
      List<String> missing,
      LocalDate repairDueDate,
      String excuseReason) {}

  /** The repair period ends: repaired on {@code repairedOn}, or (null) lapsed unused. */
  public record EndRepair(
      @NotNull CaseId objection, LocalDate repairedOn, List<String> stillMissing) {}

  /** {@code contactedOn} null = today. */
  public record RecordContact(
      @NotNull CaseId objection,
      LocalDate contactedOn,
      boolean reached,
      String agreement,
      boolean withdrawn,
      boolean resolved) {}

  /**
   * {@code mode} a {@code HearingMode} name; {@code objectorAgreedToShortNotice} with {@code
   * shortNoticeNote} records the objector's agreement to a hearing less than a week ahead.
   */
  public record ScheduleHearing(
      @NotNull CaseId objection,
      @NotNull LocalDateTime scheduledAt,
      @NotNull String mode,
      String place,
      boolean objectorAgreedToShortNotice,
      String shortNoticeNote) {

    /** Without a short-notice agreement. */
    public ScheduleHearing(CaseId objection, LocalDateTime scheduledAt, String mode, String place) {
      this(objection, scheduledAt, mode, place, false, null);
    }
  }

  /** {@code reason} a {@code HearingSkipReason} name (Awb 7:3 a–e). */
  public record SkipHearing(
      @NotNull CaseId objection, @NotNull String reason, String explanation) {}

  public record RecordHearingReport(@NotNull CaseId objection, String report) {}

  public record Answer(String ground, boolean upheld, String reasons) {}

  /** Amounts in euros as text ("1234,56"), empty = none. */
  public record Effect(
      String newAmount, boolean recoveryDropped, String amountAtStake, String description) {}

  /** {@code outcome} a {@code DecisionOutcome} name; references and ECLIs as text. */
  public record DraftDecision(
      @NotNull CaseId objection,
      @NotNull String outcome,
      String reasons,
      @NotNull List<@NotNull @Valid Answer> answers,
      @NotNull List<String> legalReferences,
      @NotNull List<String> caseLaw,
      @Valid Effect effect) {}

  public record ReviewDecision(@NotNull CaseId objection, boolean approved, String remarks) {}

  public record ExtendTerm(@NotNull CaseId objection, String reasons) {}

  public record PostponeTerm(
      @NotNull CaseId objection, @NotNull LocalDate newDeadline, String consent) {}

  public record RegisterNoticeOfDefault(@NotNull CaseId objection, LocalDate receivedOn) {}

  /**
   * Sets the penalty by decision (Awb 4:18). {@code manifestly}: a ManifestFinding name
   * (KENNELIJK_NIET_ONTVANKELIJK, KENNELIJK_ONGEGROND) or null; {@code reasons} required with it.
   */
  public record DecidePenalty(@NotNull CaseId objection, String manifestly, String reasons) {}

  /**
   * {@code reason}: how and why; required (the domain names the field when blank). {@code channel}
   * a {@code WithdrawalChannel} name (TELEPHONE or WRITTEN); {@code receivedOn} the date of receipt
   * of a written withdrawal (required then) or of the call (null = today).
   */
  public record WithdrawObjection(
      @NotNull CaseId objection, String reason, String channel, LocalDate receivedOn) {}

  /** A ground received after intake; {@code source} a {@code GroundSource} name. */
  public record AddGround(
      @NotNull CaseId objection, String text, LocalDate receivedOn, String source) {}
}
