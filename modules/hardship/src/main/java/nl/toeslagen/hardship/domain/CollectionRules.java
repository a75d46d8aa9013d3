package nl.toeslagen.hardship.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.ValidationException;

/**
 * The collection rules of the hardship context: whether and how one recovery is collected. Pure:
 * the same case and the same day give the same assessment; nothing is read or stored.
 *
 * <p>The order of evaluation, the first decisive rule winning:
 *
 * <ol>
 *   <li>the input is checked ({@link ValidationException} naming the field, a 400);
 *   <li>{@link UhtPausePolicy}: the pause button → {@link CollectionArrangement#PAUSED_UHT};
 *   <li>{@link EfficiencyThresholdPolicy}: nothing to recover, or a final award at or below the
 *       threshold → {@link CollectionArrangement#NONE_BELOW_THRESHOLD};
 *   <li>{@link StandardArrangementPolicy}: the 24-term offset fits → {@link
 *       CollectionArrangement#STANDARD_24_TERMS};
 *   <li>{@link PaymentCapacityPolicy}: capacity above 0 → {@link
 *       CollectionArrangement#PERSONAL_PLAN}, otherwise {@link
 *       CollectionArrangement#SUSPENDED_NO_CAPACITY}.
 * </ol>
 *
 * {@link ZienswijzeBeforeRecoveryPolicy} is evaluated for every valid case, independent of the
 * arrangement, and is always the last reason. Rules after the decisive one are not evaluated and
 * give no reason; the threshold fields are filled only when the threshold was applied.
 *
 * <p>The limits of the input (anything outside is refused, never clamped): the amount from 0 to
 * {@value #MAX_AMOUNT_CENTS} cents (EUR 10 million; 0 means nothing to recover); the monthly
 * advance, income and protected income each from 0 to {@value #MAX_MONTHLY_CENTS} cents (EUR
 * 100,000 a month, far above any benefit household, low enough that no sum of them overflows); the
 * decision date from 1 January 2006 (the Awir took effect) up to today (Dutch time, by the clock).
 */
public final class CollectionRules {

  /** The highest amount to recover accepted: EUR 10 million. */
  public static final long MAX_AMOUNT_CENTS = 1_000_000_000L;

  /** The highest monthly advance, income or protected income accepted: EUR 100,000. */
  public static final long MAX_MONTHLY_CENTS = 10_000_000L;

  private final EfficiencyThresholds thresholds;
  private final Clock clock;
  private final UhtPausePolicy uhtPause = new UhtPausePolicy();
  private final EfficiencyThresholdPolicy efficiency = new EfficiencyThresholdPolicy();
  private final StandardArrangementPolicy standard = new StandardArrangementPolicy();
  private final PaymentCapacityPolicy capacity = new PaymentCapacityPolicy();
  private final ZienswijzeBeforeRecoveryPolicy zienswijze = new ZienswijzeBeforeRecoveryPolicy();

  public CollectionRules(EfficiencyThresholds thresholds, Clock clock) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Terms of a plan, exact in cents: {@code count} terms, all of {@code monthlyCents} but the last
   * of {@code lastCents} ({@code 0 < lastCents <= monthlyCents}).
   */
  public record Terms(long monthlyCents, int count, long lastCents) {

    /**
     * {@code amountCents} paid at {@code monthlyCents} a month: {@code count = ceil(amount /
     * monthly)}, {@code last = amount - (count - 1) * monthly}.
     */
    public static Terms of(long amountCents, long monthlyCents) {
      if (amountCents <= 0 || monthlyCents <= 0) {
        throw new IllegalArgumentException("amount and term must be positive");
      }
      long count = amountCents / monthlyCents + (amountCents % monthlyCents == 0 ? 0 : 1);
      long last = amountCents - (count - 1) * monthlyCents;
      return new Terms(monthlyCents, Math.toIntExact(count), last);
    }
  }

  /**
   * Assesses one recovery.
   *
   * @throws ValidationException naming the field, when the input is outside its limits
   */
  public CollectionAssessment assess(CollectionCase c) {
    validate(c);
    long room = c.capacityCents();
    List<CollectionAssessment.Reason> reasons = new ArrayList<>();
    PolicyDecision view = zienswijze.evaluate(c);
    boolean viewRequired = view.refused();

    PolicyDecision pause = uhtPause.evaluate(c);
    reasons.add(CollectionAssessment.Reason.of(pause, UhtPausePolicy.LEGAL_BASIS));
    if (pause.refused()) {
      return none(CollectionArrangement.PAUSED_UHT, viewRequired, null, room, reasons, view);
    }

    Optional<EfficiencyThresholds.Applied> threshold =
        c.kind() == RecoveryKind.DEFINITIEVE_TOEKENNING
            ? thresholds.forYear(c.decisionDate().getYear())
            : Optional.empty();
    PolicyDecision small = efficiency.evaluate(c, threshold);
    reasons.add(CollectionAssessment.Reason.of(small, EfficiencyThresholdPolicy.LEGAL_BASIS));
    EfficiencyThresholds.Applied applied = threshold.orElse(null);
    if (small.refused()) {
      return none(
          CollectionArrangement.NONE_BELOW_THRESHOLD, viewRequired, applied, room, reasons, view);
    }

    PolicyDecision offset = standard.evaluate(c);
    reasons.add(CollectionAssessment.Reason.of(offset, StandardArrangementPolicy.LEGAL_BASIS));
    if (offset.allowed()) {
      Terms terms = Terms.of(c.amountCents(), StandardArrangementPolicy.term(c.amountCents()));
      return collected(
          CollectionArrangement.STANDARD_24_TERMS,
          terms,
          viewRequired,
          applied,
          room,
          reasons,
          view);
    }

    PolicyDecision plan = capacity.evaluate(c);
    reasons.add(CollectionAssessment.Reason.of(plan, PaymentCapacityPolicy.LEGAL_BASIS));
    if (plan.allowed()) {
      Terms terms = Terms.of(c.amountCents(), PaymentCapacityPolicy.term(c.amountCents(), room));
      return collected(
          CollectionArrangement.PERSONAL_PLAN, terms, viewRequired, applied, room, reasons, view);
    }
    return none(
        CollectionArrangement.SUSPENDED_NO_CAPACITY, viewRequired, applied, room, reasons, view);
  }

  private static CollectionAssessment none(
      CollectionArrangement arrangement,
      boolean viewRequired,
      EfficiencyThresholds.Applied threshold,
      long room,
      List<CollectionAssessment.Reason> reasons,
      PolicyDecision view) {
    return assessment(false, arrangement, null, viewRequired, threshold, room, reasons, view);
  }

  private static CollectionAssessment collected(
      CollectionArrangement arrangement,
      Terms terms,
      boolean viewRequired,
      EfficiencyThresholds.Applied threshold,
      long room,
      List<CollectionAssessment.Reason> reasons,
      PolicyDecision view) {
    return assessment(true, arrangement, terms, viewRequired, threshold, room, reasons, view);
  }

  private static CollectionAssessment assessment(
      boolean collect,
      CollectionArrangement arrangement,
      Terms terms,
      boolean viewRequired,
      EfficiencyThresholds.Applied threshold,
      long room,
      List<CollectionAssessment.Reason> reasons,
      PolicyDecision view) {
    reasons.add(CollectionAssessment.Reason.of(view, ZienswijzeBeforeRecoveryPolicy.LEGAL_BASIS));
    return new CollectionAssessment(
        collect,
        arrangement,
        terms == null ? null : terms.monthlyCents(),
        terms == null ? null : terms.lastCents(),
        terms == null ? 0 : terms.count(),
        viewRequired,
        threshold == null ? null : threshold.figure().cents(),
        threshold == null ? 0 : threshold.figure().year(),
        threshold == null ? null : threshold.figure().source(),
        threshold != null && threshold.provisional(),
        room,
        reasons);
  }

  private void validate(CollectionCase c) {
    if (c == null) {
      throw new ValidationException(
          "amountCents", "Geef de gegevens van de terugvordering.", "Give the recovery's data.");
    }
    if (c.amountCents() < 0 || c.amountCents() > MAX_AMOUNT_CENTS) {
      throw new ValidationException(
          "amountCents",
          "Het terug te vorderen bedrag is een heel aantal centen van 0 tot en met "
              + Money.ofCents(MAX_AMOUNT_CENTS).formatted()
              + ".",
          "The amount to recover is a whole number of cents from 0 to "
              + Money.ofCents(MAX_AMOUNT_CENTS).formatted()
              + ".");
    }
    if (c.kind() == null) {
      throw new ValidationException(
          "kind",
          "Kies de soort terugvordering: DEFINITIEVE_TOEKENNING of VOORSCHOT.",
          "Choose the kind of recovery: DEFINITIEVE_TOEKENNING or VOORSCHOT.");
    }
    LocalDate today = DateRange.today(clock);
    if (c.decisionDate() == null
        || c.decisionDate().isBefore(DateRange.AWIR_IN_FORCE)
        || c.decisionDate().isAfter(today)) {
      throw new ValidationException(
          "decisionDate",
          "De datum van de beschikking ligt niet voor 1 januari 2006 (inwerkingtreding Awir) en"
              + " niet in de toekomst.",
          "The decision date is not before 1 January 2006 (the Awir took effect) and not in the"
              + " future.");
    }
    monthly(
        "monthlyAdvanceCents",
        "Het voorschot per maand",
        "monthly advance",
        c.monthlyAdvanceCents());
    monthly(
        "monthlyIncomeCents", "Het inkomen per maand", "monthly income", c.monthlyIncomeCents());
    monthly(
        "beslagvrijeVoetCents",
        "De beslagvrije voet per maand",
        "protected income (beslagvrije voet) a month",
        c.beslagvrijeVoetCents());
  }

  private static void monthly(String field, String nl, String en, long cents) {
    if (cents < 0 || cents > MAX_MONTHLY_CENTS) {
      String max = Money.ofCents(MAX_MONTHLY_CENTS).formatted();
      throw new ValidationException(
          field,
          nl + " is een heel aantal centen van 0 tot en met " + max + ".",
          "The " + en + " is a whole number of cents from 0 to " + max + ".");
    }
  }
}
