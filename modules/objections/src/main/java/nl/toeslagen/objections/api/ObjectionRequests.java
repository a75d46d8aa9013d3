package nl.toeslagen.objections.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.validation.MaxTotalLength;
import nl.toeslagen.kernel.validation.PlausibleDate;

/**
 * Request bodies of the objection API, with their limits as Jakarta Validation constraints (checked
 * before anything is written; see docs/input-validation.md). The JSON is read strictly: a wrong
 * type or an impossible date names its field (400). Limits: texts that also go into the audit trail
 * or a process variable at most {@value #AUDITED_TEXT} characters, other free texts {@value
 * #LONG_TEXT}; codes at most their column width. Enum-like codes are checked against their domain
 * enum by the domain, which lists the allowed values.
 */
public final class ObjectionRequests {

  /** A free text that is also written into the audit trail (its reasons hold 4,000). */
  public static final int AUDITED_TEXT = 2000;

  /** A free text kept only in the case file (a ground, a report, the reasons of a decision). */
  public static final int LONG_TEXT = 4000;

  /**
   * All answers of a decision together (grounds and reasons): they are stored as one JSON document
   * in the decision record, whose column holds 20,000 characters.
   */
  public static final int ANSWERS_TEXT = 16_000;

  /** At most this many grounds, answers, references in one request. */
  public static final int MAX_ITEMS = 20;

  /** An amount in euros: at most twelve digits and two decimals ("1234,56"); empty = none. */
  public static final String AMOUNT = "(-?\\d{1,12}([.,]\\d{1,2})?)?";

  private ObjectionRequests() {}

  public record ContestedDecisionInput(
      @NotBlank @Size(max = 64) String reference,
      @NotBlank @Size(max = 30) String type,
      @NotNull @PlausibleDate(DateRange.CONTESTED_DECISION) LocalDate date) {}

  public record Intake(
      @NotBlank @Size(max = 20) String bsn,
      @NotBlank @Size(max = 30) String benefitType,
      @NotNull @Valid ContestedDecisionInput contestedDecision,
      @NotNull @PlausibleDate(DateRange.PAST_EVENT) LocalDate receivedDate,
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate postmarkDate,
      @NotEmpty @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = LONG_TEXT) String> grounds,
      @NotBlank @Size(max = 20) String channel,
      Boolean advisoryCommittee) {}

  public record Search(
      @Size(max = 20) String bsn,
      @PlausibleDate(DateRange.PLANNED) LocalDate receivedFrom,
      @PlausibleDate(DateRange.PLANNED) LocalDate receivedTo) {}

  /**
   * {@code missing}: names of Requirement (SIGNATURE, NAME_AND_ADDRESS, DATE, CONTESTED_DECISION,
   * GROUNDS).
   */
  public record Admissibility(
      @Size(max = MAX_ITEMS) List<@NotNull @Size(max = 40) String> missing,
      @PlausibleDate(DateRange.PLANNED) LocalDate repairDueDate,
      @Size(max = AUDITED_TEXT) String excuseReason) {}

  /** {@code repairedOn} null = the repair period lapsed unused. */
  public record Repair(
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate repairedOn,
      @Size(max = MAX_ITEMS) List<@NotNull @Size(max = 40) String> stillMissing) {}

  public record Contact(
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate contactedOn,
      Boolean reached,
      @Size(max = AUDITED_TEXT) String agreement,
      Boolean withdrawn,
      Boolean resolved) {}

  /** {@code scheduledAt} as yyyy-mm-ddThh:mm; {@code mode} OP_LOCATIE, TELEFONISCH or VIDEO. */
  public record HearingPlan(
      @NotNull @PlausibleDate(DateRange.PLANNED) LocalDateTime scheduledAt,
      @NotBlank @Size(max = 20) String mode,
      @Size(max = 200) String place) {}

  /** {@code reason}: A_KENNELIJK_NIET_ONTVANKELIJK ... E_VOLLEDIG_TEGEMOETGEKOMEN (Awb 7:3 a–e). */
  public record HearingWaiver(
      @NotBlank @Size(max = 40) String reason, @Size(max = AUDITED_TEXT) String explanation) {}

  public record HearingReport(@Size(max = LONG_TEXT) String report) {}

  public record Answer(
      @Size(max = LONG_TEXT) String ground,
      Boolean upheld,
      @Size(max = LONG_TEXT) String reasons) {}

  /** Amounts in euros as text ("1234,56"). */
  public record Effect(
      @Pattern(regexp = AMOUNT, message = "{toeslagen.amount}") String newAmount,
      Boolean recoveryDropped,
      @Pattern(regexp = AMOUNT, message = "{toeslagen.amount}") String amountAtStake,
      @Size(max = AUDITED_TEXT) String description) {}

  /** {@code legalReferences} like "BWBR0018472 art. 16"; {@code caseLaw} ECLIs. */
  public record Draft(
      @NotBlank @Size(max = 40) String outcome,
      @Size(max = LONG_TEXT) String reasons,
      @Size(max = MAX_ITEMS) @MaxTotalLength(ANSWERS_TEXT) List<@NotNull @Valid Answer> answers,
      @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 100) String> legalReferences,
      @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 100) String> caseLaw,
      @Valid Effect effect) {}

  public record Review(@NotNull Boolean approved, @Size(max = AUDITED_TEXT) String remarks) {}

  public record Extension(@Size(max = AUDITED_TEXT) String reasons) {}

  public record Postponement(
      @NotNull @PlausibleDate(DateRange.PLANNED) LocalDate newDeadline,
      @Size(max = AUDITED_TEXT) String consent) {}

  public record NoticeOfDefault(
      @NotNull @PlausibleDate(DateRange.PAST_EVENT) LocalDate receivedOn) {}

  public record Withdrawal(@Size(max = AUDITED_TEXT) String reason) {}
}
