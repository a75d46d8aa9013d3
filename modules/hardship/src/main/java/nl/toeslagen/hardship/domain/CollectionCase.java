package nl.toeslagen.hardship.domain;

import java.time.LocalDate;

/**
 * The facts {@link CollectionRules} decides on: one recovery of one benefit. No citizen is named;
 * the figures are what the case worker enters. All amounts are whole euro cents. The record holds
 * what it is given: {@link CollectionRules#assess} refuses implausible input (see its limits).
 *
 * @param amountCents the amount to recover, in cents (0 means nothing to recover)
 * @param kind what the recovery follows from: a final award or a revision of the advance
 * @param decisionDate the date of the recovery decision (the final calculation); its year selects
 *     the efficiency threshold
 * @param monthlyAdvanceCents the running monthly advance of the same benefit the standard
 *     arrangement offsets against (0 when there is none)
 * @param monthlyIncomeCents the monthly net income
 * @param beslagvrijeVoetCents the (estimated) protected income per month (beslagvrije voet)
 * @param uhtPause whether the parent (or partner) is in the recovery operation with the pause
 *     button
 */
public record CollectionCase(
    long amountCents,
    RecoveryKind kind,
    LocalDate decisionDate,
    long monthlyAdvanceCents,
    long monthlyIncomeCents,
    long beslagvrijeVoetCents,
    boolean uhtPause) {

  /**
   * The capacity to pay per month: income above the protected income, never below 0. Exact in
   * cents; callers validate the inputs first, so the subtraction cannot overflow.
   */
  public long capacityCents() {
    return Math.max(0, monthlyIncomeCents - beslagvrijeVoetCents);
  }
}
