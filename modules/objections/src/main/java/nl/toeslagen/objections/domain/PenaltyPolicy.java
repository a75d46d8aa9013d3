package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
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
 *       ContestedDecisionType#DEFINITIEVE_TOEKENNING}); for any other contested decision, including
 *       a revision of a final award ({@link ContestedDecisionType#HERZIENING}), no penalty is due.
 *       Nor for a final award over benefit year 2012 or earlier. An unrecorded benefit year (cases
 *       registered before it was kept) counts as 2013 or later.
 *   <li>No penalty when the handler found the objection manifestly inadmissible or manifestly
 *       unfounded (Awb 4:17 lid 6, sub c; {@link ManifestFinding}).
 *   <li>A notice of default (ingebrekestelling) counts only when registered after the decision
 *       deadline (the day after the deadline at the earliest); {@link #acceptNotice} refuses an
 *       earlier one.
 *   <li>The first penalty day is fourteen calendar days after the day the notice was received (Awb
 *       4:17 lid 3: the day on which two weeks have passed since that day).
 *   <li>Penalty days run from the first penalty day up to but not including the day of the
 *       decision, and up to and including {@code asOf} while undecided. Only full weeks count: EUR
 *       10 per full week (seven penalty days).
 *   <li>The cap follows from the amount at stake on the contested final award (the back-payment or
 *       recovery it states, in absolute value), recorded at intake: EUR 100; EUR 30 when that
 *       amount is below EUR 100; none below EUR 30. Without a recorded amount the cap is EUR 100.
 *       An amount typed at the decision plays no part.
 *   <li>The penalty stops on the last day due: the day before the decision, or the last day of the
 *       week in which the cap is reached, whichever comes first. The agency then sets the penalty
 *       by decision within two weeks (Awb 4:18), extended by the Algemene termijnenwet.
 * </ol>
 */
@PolicyRule(
    name = "PenaltyPolicy",
    guardsNl =
        "De dwangsom bij niet tijdig beslissen: alleen bij bezwaar tegen een definitieve toekenning, na een ingebrekestelling na de uiterste beslisdatum, per volle week, met een maximum.",
    guardsEn =
        "The penalty for not deciding in time: only for objections against a final award, after a notice of default given after the deadline, per full week, capped.",
    legalBasis = "Awb art. 4:17, 4:18; Awir art. 12 lid 2",
    appliesTo = {
      "Ingebrekestelling registreren",
      "Dwangsom vaststellen",
      "Termijnoverzicht",
      "Bezwaardossier"
    })
public final class PenaltyPolicy {

  public static final String NAME = "PenaltyPolicy";

  public static final Money PER_WEEK = Money.ofCents(10_00);
  public static final Money CAP = Money.ofCents(100_00);
  public static final Money SMALL_CAP = Money.ofCents(30_00);
  public static final Money SMALL_AMOUNT_LIMIT = Money.ofCents(100_00);
  public static final Money NO_PENALTY_LIMIT = Money.ofCents(30_00);

  /** The last benefit year for whose final award no penalty is due. */
  public static final int LAST_YEAR_WITHOUT_PENALTY = 2012;

  /** The term to set the penalty by decision after its last day due (Awb 4:18). */
  public static final int DECISION_TERM_DAYS = 14;

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

  /** The cap that follows from the amount at stake on the contested final award. */
  public static Money cap(Money amountAtStake) {
    if (amountAtStake == null) {
      return CAP;
    }
    Money abs = amountAtStake.isNegative() ? amountAtStake.negate() : amountAtStake;
    if (abs.compareTo(NO_PENALTY_LIMIT) < 0) {
      return Money.ZERO;
    }
    return abs.compareTo(SMALL_AMOUNT_LIMIT) < 0 ? SMALL_CAP : CAP;
  }

  /**
   * The last day by which the penalty must be set by decision (Awb 4:18: within two weeks after the
   * last day due), moved by the Algemene termijnenwet.
   */
  public static LocalDate decisionDue(LocalDate lastPenaltyDay, LegalCalendar calendar) {
    return calendar.statutoryTermEnd(lastPenaltyDay.plusDays(DECISION_TERM_DAYS));
  }

  /**
   * The penalty as it stands.
   *
   * @param contested the contested decision (type and benefit year)
   * @param amountAtStake the amount at stake on the contested final award, recorded at intake, or
   *     {@code null} when not recorded
   * @param finding the handler's finding under Awb 4:17 lid 6, or {@code null}
   * @param noticeDate the day the notice of default was received
   * @param decidedOn the day the decision was made, or {@code null}
   * @param asOf the day to compute for
   */
  public PenaltyAssessment evaluate(
      ContestedDecision contested,
      Money amountAtStake,
      ManifestFinding finding,
      LocalDate noticeDate,
      LocalDate decidedOn,
      LocalDate asOf) {
    Objects.requireNonNull(contested, "contested");
    Objects.requireNonNull(asOf, "asOf");
    ContestedDecisionType type = contested.type();
    if (type == ContestedDecisionType.HERZIENING) {
      return PenaltyAssessment.none(
          false,
          Money.ZERO,
          "Geen dwangsom: die geldt niet bij bezwaar tegen een herziening van een definitieve toekenning.",
          "No penalty: it does not apply to objections against a revision of a final award.",
          Laws.awir("12"));
    }
    if (type != ContestedDecisionType.DEFINITIEVE_TOEKENNING) {
      return PenaltyAssessment.none(
          false,
          Money.ZERO,
          "Geen dwangsom: voor toeslagen geldt die alleen bij bezwaar tegen een definitieve toekenning.",
          "No penalty: for benefits it applies only to objections against a final award.",
          Laws.awir("12"));
    }
    Integer year = contested.benefitYear();
    if (year != null && year <= LAST_YEAR_WITHOUT_PENALTY) {
      return PenaltyAssessment.none(
          false,
          Money.ZERO,
          "Geen dwangsom: die geldt niet bij een definitieve toekenning over "
              + LAST_YEAR_WITHOUT_PENALTY
              + " of eerder (hier "
              + year
              + ").",
          "No penalty: it does not apply to a final award over "
              + LAST_YEAR_WITHOUT_PENALTY
              + " or earlier (here "
              + year
              + ").",
          Laws.awir("12"));
    }
    Money cap = cap(amountAtStake);
    if (noticeDate == null) {
      return PenaltyAssessment.none(
          false,
          cap,
          "Geen dwangsom: er is geen ingebrekestelling ontvangen.",
          "No penalty: no notice of default has been received.",
          Laws.awb("4:17"));
    }
    LocalDate first = noticeDate.plusDays(14);
    if (finding != null) {
      return new PenaltyAssessment(
          true,
          first,
          0,
          Money.ZERO,
          Money.ZERO,
          "Geen dwangsom: " + finding.nl() + " (artikel 4:17, zesde lid, Awb).",
          "No penalty: " + finding.en() + " (Awb 4:17(6)).",
          Laws.awb("4:17"),
          decidedOn == null ? null : decidedOn.minusDays(1));
    }
    if (cap.isZero()) {
      return PenaltyAssessment.none(
          true,
          cap,
          "Geen dwangsom: het bedrag van de nabetaling of terugvordering in de definitieve toekenning is lager dan € 30.",
          "No penalty: the back-payment or recovery on the final award is below EUR 30.",
          Laws.awir("12"));
    }
    long weeksToCap = cap.cents() / PER_WEEK.cents();
    LocalDate lastDue = first.plusDays(weeksToCap * 7 - 1);
    if (decidedOn != null && decidedOn.minusDays(1).isBefore(lastDue)) {
      lastDue = decidedOn.minusDays(1);
    }
    LocalDate lastDay = asOf.isBefore(lastDue) ? asOf : lastDue;
    long days = lastDay.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, lastDay) + 1;
    long weeks = days / 7;
    Money amount = PER_WEEK.times(java.math.BigDecimal.valueOf(weeks)).min(cap);
    boolean runs = !lastDue.isBefore(first);
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
            + (amountAtStake == null
                ? " (geen bedrag van de definitieve toekenning vastgelegd)"
                : "")
            + ".",
        "Penalty from "
            + first
            + ": "
            + weeks
            + " full weeks x EUR 10, at most "
            + cap.formatted()
            + (amountAtStake == null ? " (no amount of the final award recorded)" : "")
            + ".",
        Laws.awir("12"),
        runs ? lastDue : null);
  }
}
