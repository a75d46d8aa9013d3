package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;

/**
 * The penalty (dwangsom) for late decision as it stands on a given day.
 *
 * @param applies whether the penalty scheme applies to this objection at all
 * @param firstPenaltyDay first day the penalty is due, or {@code null} when it does not apply
 * @param fullWeeks full weeks elapsed since the first penalty day
 * @param cap the maximum for this case
 * @param amount the running amount
 */
public record PenaltyAssessment(
    boolean applies,
    LocalDate firstPenaltyDay,
    long fullWeeks,
    Money cap,
    Money amount,
    String reasonNl,
    String reasonEn,
    LegalReference basis) {}
