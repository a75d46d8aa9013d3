package nl.toeslagen.hardship.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.toeslagen.hardship.domain.CollectionRules;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.validation.PlausibleDate;

/**
 * Input of the collection assessment, as the API receives it, with its limits as Jakarta Validation
 * constraints (checked before anything runs; the domain checks the same limits again, see {@link
 * CollectionRules}). All amounts are whole euro cents. The kind is plain text, parsed by {@link
 * CollectionAssessmentService} (an unknown kind is a 400 naming {@code kind}), so no {@code
 * Pattern} message key is needed.
 */
public final class CollectionCommands {

  /** The longest kind text accepted (the longest kind, DEFINITIEVE_TOEKENNING, has 22). */
  public static final int KIND = 30;

  private CollectionCommands() {}

  /**
   * One recovery to assess.
   *
   * @param amountCents the amount to recover, 0 to {@value CollectionRules#MAX_AMOUNT_CENTS}
   * @param kind {@code DEFINITIEVE_TOEKENNING} or {@code VOORSCHOT}
   * @param decisionDate the date of the recovery decision, from 2006 up to today
   * @param monthlyAdvanceCents the running monthly advance, 0 to {@value
   *     CollectionRules#MAX_MONTHLY_CENTS}
   * @param monthlyIncomeCents the monthly income, 0 to {@value CollectionRules#MAX_MONTHLY_CENTS}
   * @param beslagvrijeVoetCents the (estimated) protected income a month, 0 to {@value
   *     CollectionRules#MAX_MONTHLY_CENTS}
   * @param uhtPause whether the pause button of the recovery operation is on (required: a forgotten
   *     pause would collect from a parent who must not be)
   */
  public record AssessCollection(
      @NotNull @PositiveOrZero @Max(CollectionRules.MAX_AMOUNT_CENTS) Long amountCents,
      @NotBlank @Size(max = KIND) String kind,
      @NotNull @PlausibleDate(DateRange.PAST_EVENT) LocalDate decisionDate,
      @NotNull @PositiveOrZero @Max(CollectionRules.MAX_MONTHLY_CENTS) Long monthlyAdvanceCents,
      @NotNull @PositiveOrZero @Max(CollectionRules.MAX_MONTHLY_CENTS) Long monthlyIncomeCents,
      @NotNull @PositiveOrZero @Max(CollectionRules.MAX_MONTHLY_CENTS) Long beslagvrijeVoetCents,
      @NotNull Boolean uhtPause) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public AssessCollection(
        Long amountCents,
        String kind,
        LocalDate decisionDate,
        Long monthlyAdvanceCents,
        Long monthlyIncomeCents,
        Long beslagvrijeVoetCents,
        Boolean uhtPause) {
      this.amountCents = amountCents;
      this.kind = kind;
      this.decisionDate = decisionDate;
      this.monthlyAdvanceCents = monthlyAdvanceCents;
      this.monthlyIncomeCents = monthlyIncomeCents;
      this.beslagvrijeVoetCents = beslagvrijeVoetCents;
      this.uhtPause = uhtPause;
    }
  }
}
