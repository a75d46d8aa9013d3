package nl.toeslagen.objections.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.toeslagen.kernel.CaseNumber;
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

  /** The highest amount at stake on a contested decision, in cents (EUR 1,000,000). */
  public static final long MAX_AMOUNT_CENTS = 100_000_000L;

  private ObjectionRequests() {}

  public record ContestedDecisionInput(
      @NotBlank @Size(max = 64) String reference,
      @NotBlank @Size(max = 30) String type,
      @NotNull @PlausibleDate(DateRange.CONTESTED_DECISION) LocalDate date,
      @Min(2006) @Max(9999) Integer benefitYear) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public ContestedDecisionInput(
        String reference, String type, LocalDate date, Integer benefitYear) {
      this.reference = reference;
      this.type = type;
      this.date = date;
      this.benefitYear = benefitYear;
    }

    /** Without a benefit year (optional). */
    public ContestedDecisionInput(String reference, String type, LocalDate date) {
      this(reference, type, date, null);
    }
  }

  public record Intake(
      @NotBlank @Size(max = 20) String bsn,
      @NotBlank @Size(max = 30) String benefitType,
      @NotNull @Valid ContestedDecisionInput contestedDecision,
      @NotNull @PlausibleDate(DateRange.PAST_EVENT) LocalDate receivedDate,
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate postmarkDate,
      // optional: an objection without grounds is registered pro forma (Awb 6:6)
      @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = LONG_TEXT) String> grounds,
      @NotBlank @Size(max = 20) String channel,
      Boolean advisoryCommittee,
      @PositiveOrZero @Max(MAX_AMOUNT_CENTS) Long amountAtStakeCents) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Intake(
        String bsn,
        String benefitType,
        ContestedDecisionInput contestedDecision,
        LocalDate receivedDate,
        LocalDate postmarkDate,
        List<String> grounds,
        String channel,
        Boolean advisoryCommittee,
        Long amountAtStakeCents) {
      this.bsn = bsn;
      this.benefitType = benefitType;
      this.contestedDecision = contestedDecision;
      this.receivedDate = receivedDate;
      this.postmarkDate = postmarkDate;
      this.grounds = grounds;
      this.channel = channel;
      this.advisoryCommittee = advisoryCommittee;
      this.amountAtStakeCents = amountAtStakeCents;
    }

    /** Without an amount at stake (optional). */
    public Intake(
        String bsn,
        String benefitType,
        ContestedDecisionInput contestedDecision,
        LocalDate receivedDate,
        LocalDate postmarkDate,
        List<String> grounds,
        String channel,
        Boolean advisoryCommittee) {
      this(
          bsn,
          benefitType,
          contestedDecision,
          receivedDate,
          postmarkDate,
          grounds,
          channel,
          advisoryCommittee,
          null);
    }
  }

  public record Search(
      @Size(max = 20) String bsn,
      @Pattern(regexp = CaseNumber.REQUEST_PATTERN, message = "{toeslagen.caseNumber}")
          String caseNumber,
      @PlausibleDate(DateRange.PLANNED) LocalDate receivedFrom,
      @PlausibleDate(DateRange.PLANNED) LocalDate receivedTo) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Search(String bsn, String caseNumber, LocalDate receivedFrom, LocalDate receivedTo) {
      this.bsn = bsn;
      this.caseNumber = caseNumber;
      this.receivedFrom = receivedFrom;
      this.receivedTo = receivedTo;
    }
  }

  /**
   * {@code missing}: names of Requirement (SIGNATURE, NAME_AND_ADDRESS, DATE, CONTESTED_DECISION,
   * GROUNDS).
   */
  public record Admissibility(
      @Size(max = MAX_ITEMS) List<@NotNull @Size(max = 40) String> missing,
      @PlausibleDate(DateRange.PLANNED) LocalDate repairDueDate,
      @Size(max = AUDITED_TEXT) String excuseReason) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Admissibility(List<String> missing, LocalDate repairDueDate, String excuseReason) {
      this.missing = missing;
      this.repairDueDate = repairDueDate;
      this.excuseReason = excuseReason;
    }
  }

  /** {@code repairedOn} null = the repair period lapsed unused. */
  public record Repair(
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate repairedOn,
      @Size(max = MAX_ITEMS) List<@NotNull @Size(max = 40) String> stillMissing) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Repair(LocalDate repairedOn, List<String> stillMissing) {
      this.repairedOn = repairedOn;
      this.stillMissing = stillMissing;
    }
  }

  public record Contact(
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate contactedOn,
      Boolean reached,
      @Size(max = AUDITED_TEXT) String agreement,
      Boolean withdrawn,
      Boolean resolved) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Contact(
        LocalDate contactedOn,
        Boolean reached,
        String agreement,
        Boolean withdrawn,
        Boolean resolved) {
      this.contactedOn = contactedOn;
      this.reached = reached;
      this.agreement = agreement;
      this.withdrawn = withdrawn;
      this.resolved = resolved;
    }
  }

  /**
   * {@code scheduledAt} as yyyy-mm-ddThh:mm; {@code mode} OP_LOCATIE, TELEFONISCH or VIDEO; less
   * than a week ahead only with {@code objectorAgreedToShortNotice: true} and a {@code
   * shortNoticeNote} (how and when the objector agreed).
   */
  public record HearingPlan(
      @NotNull @PlausibleDate(DateRange.PLANNED) LocalDateTime scheduledAt,
      @NotBlank @Size(max = 20) String mode,
      @Size(max = 200) String place,
      Boolean objectorAgreedToShortNotice,
      @Size(max = AUDITED_TEXT) String shortNoticeNote) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public HearingPlan(
        LocalDateTime scheduledAt,
        String mode,
        String place,
        Boolean objectorAgreedToShortNotice,
        String shortNoticeNote) {
      this.scheduledAt = scheduledAt;
      this.mode = mode;
      this.place = place;
      this.objectorAgreedToShortNotice = objectorAgreedToShortNotice;
      this.shortNoticeNote = shortNoticeNote;
    }
  }

  /** {@code reason}: A_KENNELIJK_NIET_ONTVANKELIJK ... E_VOLLEDIG_TEGEMOETGEKOMEN (Awb 7:3 a–e). */
  public record HearingWaiver(
      @NotBlank @Size(max = 40) String reason, @Size(max = AUDITED_TEXT) String explanation) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public HearingWaiver(String reason, String explanation) {
      this.reason = reason;
      this.explanation = explanation;
    }
  }

  public record HearingReport(@Size(max = LONG_TEXT) String report) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public HearingReport(String report) {
      this.report = report;
    }
  }

  public record Answer(
      @Size(max = LONG_TEXT) String ground, Boolean upheld, @Size(max = LONG_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Answer(String ground, Boolean upheld, String reasons) {
      this.ground = ground;
      this.upheld = upheld;
      this.reasons = reasons;
    }
  }

  /** Amounts in euros as text ("1234,56"). */
  public record Effect(
      @Pattern(regexp = AMOUNT, message = "{toeslagen.amount}") String newAmount,
      Boolean recoveryDropped,
      @Pattern(regexp = AMOUNT, message = "{toeslagen.amount}") String amountAtStake,
      @Size(max = AUDITED_TEXT) String description) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Effect(
        String newAmount, Boolean recoveryDropped, String amountAtStake, String description) {
      this.newAmount = newAmount;
      this.recoveryDropped = recoveryDropped;
      this.amountAtStake = amountAtStake;
      this.description = description;
    }
  }

  /** {@code legalReferences} like "BWBR0018472 art. 16"; {@code caseLaw} ECLIs. */
  public record Draft(
      @NotBlank @Size(max = 40) String outcome,
      @Size(max = LONG_TEXT) String reasons,
      @Size(max = MAX_ITEMS) @MaxTotalLength(ANSWERS_TEXT) List<@NotNull @Valid Answer> answers,
      @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 100) String> legalReferences,
      @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 100) String> caseLaw,
      @Valid Effect effect) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Draft(
        String outcome,
        String reasons,
        List<Answer> answers,
        List<String> legalReferences,
        List<String> caseLaw,
        Effect effect) {
      this.outcome = outcome;
      this.reasons = reasons;
      this.answers = answers;
      this.legalReferences = legalReferences;
      this.caseLaw = caseLaw;
      this.effect = effect;
    }
  }

  public record DecisionReview(
      @NotNull Boolean approved, @Size(max = AUDITED_TEXT) String remarks) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public DecisionReview(Boolean approved, String remarks) {
      this.approved = approved;
      this.remarks = remarks;
    }
  }

  public record Extension(@Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Extension(String reasons) {
      this.reasons = reasons;
    }
  }

  public record Postponement(
      @NotNull @PlausibleDate(DateRange.PLANNED) LocalDate newDeadline,
      @Size(max = AUDITED_TEXT) String consent) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Postponement(LocalDate newDeadline, String consent) {
      this.newDeadline = newDeadline;
      this.consent = consent;
    }
  }

  public record NoticeOfDefault(
      @NotNull @PlausibleDate(DateRange.PAST_EVENT) LocalDate receivedOn) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public NoticeOfDefault(LocalDate receivedOn) {
      this.receivedOn = receivedOn;
    }
  }

  /**
   * {@code channel} TELEPHONE (confirmed in a letter) or WRITTEN (with {@code receivedOn}, the date
   * of receipt); {@code receivedOn} of a telephone withdrawal is the day of the call (empty =
   * today).
   */
  public record Withdrawal(
      @Size(max = AUDITED_TEXT) String reason,
      @Size(max = 20) String channel,
      @PlausibleDate(DateRange.PAST_EVENT) LocalDate receivedOn) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Withdrawal(String reason, String channel, LocalDate receivedOn) {
      this.reason = reason;
      this.channel = channel;
      this.receivedOn = receivedOn;
    }
  }

  /**
   * A ground added after intake: {@code text} (at most {@value #LONG_TEXT} characters), {@code
   * receivedOn} the date of receipt, {@code source} AFTER_REPAIR, HEARING or WRITTEN.
   */
  public record Ground(
      @NotBlank @Size(max = LONG_TEXT) String text,
      @NotNull @PlausibleDate(DateRange.PAST_EVENT) LocalDate receivedOn,
      @NotBlank @Size(max = 20) String source) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Ground(String text, LocalDate receivedOn, String source) {
      this.text = text;
      this.receivedOn = receivedOn;
      this.source = source;
    }
  }

  /**
   * The penalty decision (Awb 4:18). {@code manifestly}: KENNELIJK_NIET_ONTVANKELIJK or
   * KENNELIJK_ONGEGROND when no penalty is due under Awb 4:17 lid 6, else absent; {@code reasons}:
   * why (required with {@code manifestly}).
   */
  public record PenaltyDecisionInput(
      @Size(max = 40) String manifestly, @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public PenaltyDecisionInput(String manifestly, String reasons) {
      this.manifestly = manifestly;
      this.reasons = reasons;
    }
  }
}
