package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;

/**
 * The penalty (dwangsom) for late decision as it stands on a given day, with the {@link
 * PenaltyPolicy}'s decision (allowed when a penalty is due).
 *
 * @param applies whether the penalty scheme applies to this objection at all
 * @param firstPenaltyDay first day the penalty is due, or {@code null} when it does not apply
 * @param fullWeeks full weeks elapsed since the first penalty day
 * @param cap the maximum for this case
 * @param amount the running amount
 * @param decision reasons and legal basis
 */
public record PenaltyAssessment(
    boolean applies,
    LocalDate firstPenaltyDay,
    long fullWeeks,
    Money cap,
    Money amount,
    PolicyDecision decision) {

  PenaltyAssessment(
      boolean applies,
      LocalDate firstPenaltyDay,
      long fullWeeks,
      Money cap,
      Money amount,
      String reasonNl,
      String reasonEn,
      LegalReference basis) {
    this(
        applies,
        firstPenaltyDay,
        fullWeeks,
        cap,
        amount,
        new PolicyDecision(PenaltyPolicy.NAME, !amount.isZero(), reasonNl, reasonEn, basis));
  }

  public String reasonNl() {
    return decision.reasonNl();
  }

  public String reasonEn() {
    return decision.reasonEn();
  }

  public LegalReference basis() {
    return decision.basis();
  }
}
