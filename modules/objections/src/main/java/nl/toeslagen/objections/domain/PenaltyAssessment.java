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
 * @param lastPenaltyDay the last day the penalty is due: the day before the decision, or the last
 *     day of the week in which the cap is reached when that comes first; while undecided the latest
 *     possible last day. {@code null} when no penalty runs.
 */
public record PenaltyAssessment(
    boolean applies,
    LocalDate firstPenaltyDay,
    long fullWeeks,
    Money cap,
    Money amount,
    PolicyDecision decision,
    LocalDate lastPenaltyDay) {

  PenaltyAssessment(
      boolean applies,
      LocalDate firstPenaltyDay,
      long fullWeeks,
      Money cap,
      Money amount,
      String reasonNl,
      String reasonEn,
      LegalReference basis,
      LocalDate lastPenaltyDay) {
    this(
        applies,
        firstPenaltyDay,
        fullWeeks,
        cap,
        amount,
        new PolicyDecision(PenaltyPolicy.NAME, !amount.isZero(), reasonNl, reasonEn, basis),
        lastPenaltyDay);
  }

  static PenaltyAssessment none(
      boolean applies, Money cap, String reasonNl, String reasonEn, LegalReference basis) {
    return new PenaltyAssessment(
        applies, null, 0, cap, Money.ZERO, reasonNl, reasonEn, basis, null);
  }

  /**
   * Whether the penalty has stopped running by {@code asOf}: the last day due lies before it (the
   * decision was made, or the cap was reached). From then on the agency sets the penalty by
   * decision within two weeks (Awb 4:18).
   */
  public boolean endedBy(LocalDate asOf) {
    return lastPenaltyDay != null && lastPenaltyDay.isBefore(asOf);
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
