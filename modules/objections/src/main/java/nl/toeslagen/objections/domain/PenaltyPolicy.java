package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "PenaltyPolicy": the penalty (dwangsom) for not deciding in time. The exact reading
 * implemented:
 *
 * <ol>
 *   <li>For Toeslagen the general Awb scheme (4:17) is switched off by Awir art. 12 lid 2, except
 *       for objections against a final award ({@link
 *       ContestedDecisionType#DEFINITIEVE_TOEKENNING}); for any other contested decision no penalty
 *       is due.
 *   <li>A notice of default (ingebrekestelling) counts only when registered after the decision
 *       deadline (the day after the deadline at the earliest); {@link #acceptNotice} refuses an
 *       earlier one.
 *   <li>The first penalty day is fourteen calendar days after the day the notice was received (Awb
 *       4:17 lid 3: the day on which two weeks have passed since that day).
 *   <li>Penalty days run from the first penalty day up to but not including the day of the
 *       decision, and up to and including {@code asOf} while undecided. Only full weeks count: EUR
 *       10 per full week (seven penalty days).
 *   <li>The cap is EUR 100. When the amount at stake (the resulting back-payment or recovery, in
 *       absolute value) is below EUR 100 the cap is EUR 30; below EUR 30 no penalty is due at all.
 *       While that amount is not known (no decision yet) the cap of EUR 100 is shown as
 *       provisional.
 * </ol>
 */
@PolicyRule(
    name = "PenaltyPolicy",
    guardsNl =
        "De dwangsom bij niet tijdig beslissen: alleen bij bezwaar tegen een definitieve toekenning, na een ingebrekestelling na de uiterste beslisdatum, per volle week, met een maximum.",
    guardsEn =
        "The penalty for not deciding in time: only for objections against a final award, after a notice of default given after the deadline, per full week, capped.",
    legalBasis = "Awb art. 4:17, 4:18; Awir art. 12 lid 2",
    appliesTo = {"Ingebrekestelling registreren", "Termijnoverzicht", "Bezwaardossier"})
public final class PenaltyPolicy {

  public static final String NAME = "PenaltyPolicy";

  public static final Money PER_WEEK = Money.ofCents(10_00);
  public static final Money CAP = Money.ofCents(100_00);
  public static final Money SMALL_CAP = Money.ofCents(30_00);
  public static final Money SMALL_AMOUNT_LIMIT = Money.ofCents(100_00);
  public static final Money NO_PENALTY_LIMIT = Money.ofCents(30_00);

  /**
   * Whether a notice of default received on {@code noticeDate} counts (only after the deadline).
   */
  public PolicyDecision acceptNotice(LocalDate deadline, LocalDate noticeDate) {
    if (!noticeDate.isAfter(deadline)) {
      return PolicyDecision.refuse(
          NAME,
          "Een ingebrekestelling kan pas na de uiterste beslisdatum "
              + deadline
              + " worden ingediend.",
          "A notice of default can only be given after the decision deadline " + deadline + ".",
          Laws.awb("4:17"));
    }
    return PolicyDecision.allow(
        NAME,
        "Ingebrekestelling ontvangen op "
            + noticeDate
            + ", na de uiterste beslisdatum "
            + deadline
            + ".",
        "Notice of default received on "
            + noticeDate
            + ", after the decision deadline "
            + deadline
            + ".",
        Laws.awb("4:17"));
  }

  /**
   * The penalty as it stands.
   *
   * @param type the contested decision's type
   * @param noticeDate the day the notice of default was received
   * @param decidedOn the day the decision was made, or {@code null}
   * @param asOf the day to compute for
   * @param amountAtStake the resulting back-payment or recovery, or {@code null} while unknown
   */
  public PenaltyAssessment evaluate(
      ContestedDecisionType type,
      LocalDate noticeDate,
      LocalDate decidedOn,
      LocalDate asOf,
      Money amountAtStake) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(asOf, "asOf");
    if (type != ContestedDecisionType.DEFINITIEVE_TOEKENNING) {
      return new PenaltyAssessment(
          false,
          null,
          0,
          Money.ZERO,
          Money.ZERO,
          "Geen dwangsom: voor toeslagen geldt die alleen bij bezwaar tegen een definitieve toekenning.",
          "No penalty: for benefits it applies only to objections against a final award.",
          Laws.awir("12"));
    }
    if (noticeDate == null) {
      return new PenaltyAssessment(
          false,
          null,
          0,
          CAP,
          Money.ZERO,
          "Geen dwangsom: er is geen ingebrekestelling ontvangen.",
          "No penalty: no notice of default has been received.",
          Laws.awb("4:17"));
    }
    Money cap = CAP;
    if (amountAtStake != null) {
      Money abs = amountAtStake.isNegative() ? amountAtStake.negate() : amountAtStake;
      if (abs.compareTo(NO_PENALTY_LIMIT) < 0) {
        cap = Money.ZERO;
      } else if (abs.compareTo(SMALL_AMOUNT_LIMIT) < 0) {
        cap = SMALL_CAP;
      }
    }
    LocalDate first = noticeDate.plusDays(14);
    LocalDate lastDay = asOf;
    if (decidedOn != null && !decidedOn.minusDays(1).isAfter(lastDay)) {
      lastDay = decidedOn.minusDays(1);
    }
    long days = lastDay.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, lastDay) + 1;
    long weeks = days / 7;
    Money amount = PER_WEEK.times(java.math.BigDecimal.valueOf(weeks)).min(cap);
    if (cap.isZero()) {
      return new PenaltyAssessment(
          true,
          first,
          weeks,
          cap,
          Money.ZERO,
          "Geen dwangsom: de nabetaling of terugvordering is lager dan € 30.",
          "No penalty: the back-payment or recovery is below EUR 30.",
          Laws.awir("12"));
    }
    return new PenaltyAssessment(
        true,
        first,
        weeks,
        cap,
        amount,
        "Dwangsom vanaf "
            + first
            + ": "
            + weeks
            + " volle weken x € 10, maximaal "
            + cap.formatted()
            + (amountAtStake == null ? " (voorlopig maximum)" : "")
            + ".",
        "Penalty from "
            + first
            + ": "
            + weeks
            + " full weeks x EUR 10, at most "
            + cap.formatted()
            + (amountAtStake == null ? " (provisional cap)" : "")
            + ".",
        Laws.awir("12"));
  }
}
