package nl.toeslagen.objections.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The KPI the agency reports on: objections decided within the legal decision term (Awb 7:10), as a
 * share of all objections decided in a period. The norm is 90%; the annual report of 2022 shows
 * 73%, the status letter of 2023 48%. Withdrawn objections are not decisions and do not count.
 *
 * @param decided objections decided in the period
 * @param decidedInTime of those, decided on or before their (possibly extended) decision deadline
 */
public record TermPerformance(long decided, long decidedInTime) {

  /** The norm: more than 90% decided within the term. */
  public static final BigDecimal NORM_PERCENTAGE = new BigDecimal("90");

  public TermPerformance {
    if (decided < 0 || decidedInTime < 0 || decidedInTime > decided) {
      throw new IllegalArgumentException("0 <= decidedInTime <= decided");
    }
  }

  /** The share decided in time, in percent with one decimal; null when nothing was decided. */
  public BigDecimal percentage() {
    if (decided == 0) {
      return null;
    }
    return BigDecimal.valueOf(decidedInTime)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
  }

  /** Whether the norm is met; false when nothing was decided (nothing to show). */
  public boolean meetsNorm() {
    BigDecimal p = percentage();
    return p != null && p.compareTo(NORM_PERCENTAGE) >= 0;
  }

  public long decidedLate() {
    return decided - decidedInTime;
  }
}
