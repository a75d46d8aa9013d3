package nl.toeslagen.hardship.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * When the standard arrangement cannot start, the capacity to pay decides (evaluated only then).
 * With capacity (income minus the protected income) above 0, the citizen is offered a personal
 * payment plan at that capacity: the monthly term is the capacity, or the amount when that is
 * smaller; {@code terms = ceil(amount / term)}, the last term {@code amount - (terms - 1) * term}.
 * With no capacity, collection stops, except offsetting one-off refunds for three years; the three
 * years are counted from the decision date (the seed gives the duration, not its start), and the
 * reason names the end date.
 *
 * <p>Basis: Stand van zakenbrief Dienst Toeslagen 2023, "Verrekenen zonder kosten", and the
 * Invorderingsstrategie Toeslagen (Kamerstukken 31 066 en 24 515, nr. 1161).
 */
@PolicyRule(
    name = PaymentCapacityPolicy.NAME,
    guardsNl =
        "Past de standaard betalingsregeling niet, dan krijgt de burger een persoonlijke"
            + " betalingsregeling naar betalingscapaciteit; zonder betalingscapaciteit stopt de"
            + " invordering, behalve verrekening van eenmalige teruggaven gedurende drie jaar.",
    guardsEn =
        "When the standard arrangement does not fit, the citizen is offered a personal payment plan"
            + " at the capacity to pay; with no capacity, collection stops, except offsetting"
            + " one-off refunds for three years.",
    legalBasis = PaymentCapacityPolicy.LEGAL_BASIS,
    appliesTo = {"Invordering beoordelen"})
public final class PaymentCapacityPolicy {

  public static final String NAME = "PaymentCapacityPolicy";

  public static final String LEGAL_BASIS =
      "Stand van zakenbrief Dienst Toeslagen 2023, 'Verrekenen zonder kosten'; Invorderingsstrategie"
          + " Toeslagen (Kamerstukken 31 066 en 24 515, nr. 1161)";

  /** How long one-off refunds are still offset when there is no capacity to pay. */
  public static final int OFFSET_REFUNDS_YEARS = 3;

  private static final DateTimeFormatter NL =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl-NL"));
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** The date until which one-off refunds are offset: the decision date plus three years. */
  public static LocalDate offsetRefundsUntil(LocalDate decisionDate) {
    return decisionDate.plusYears(OFFSET_REFUNDS_YEARS);
  }

  /** The monthly term of a personal plan: the capacity, or the amount when smaller. */
  public static long term(long amountCents, long capacityCents) {
    return Math.min(amountCents, capacityCents);
  }

  /**
   * Allowed (a personal plan) when there is capacity to pay; refused (collection stops) when there
   * is none. Call only with a positive amount.
   */
  public PolicyDecision evaluate(CollectionCase c) {
    long capacity = c.capacityCents();
    String income = Money.ofCents(c.monthlyIncomeCents()).formatted();
    String protectedIncome = Money.ofCents(c.beslagvrijeVoetCents()).formatted();
    if (capacity > 0) {
      CollectionRules.Terms terms =
          CollectionRules.Terms.of(c.amountCents(), term(c.amountCents(), capacity));
      String term = Money.ofCents(terms.monthlyCents()).formatted();
      String last = Money.ofCents(terms.lastCents()).formatted();
      return PolicyDecision.allow(
          NAME,
          "Betalingscapaciteit "
              + Money.ofCents(capacity).formatted()
              + " per maand (inkomen "
              + income
              + ", beslagvrije voet "
              + protectedIncome
              + "): de burger krijgt een aanvraagformulier voor een persoonlijke"
              + " betalingsregeling van "
              + term
              + " per maand in "
              + terms.count()
              + " termijnen (laatste termijn "
              + last
              + ").",
          "Capacity to pay "
              + Money.ofCents(capacity).formatted()
              + " a month (income "
              + income
              + ", protected income "
              + protectedIncome
              + "): the citizen is offered a personal payment plan of "
              + term
              + " a month in "
              + terms.count()
              + " terms (last term "
              + last
              + ").");
    }
    LocalDate until = offsetRefundsUntil(c.decisionDate());
    return PolicyDecision.refuse(
        NAME,
        "Geen betalingscapaciteit (inkomen "
            + income
            + ", beslagvrije voet "
            + protectedIncome
            + "): de invordering stopt. Alleen eenmalige teruggaven worden nog verrekend, tot "
            + NL.format(until)
            + " (drie jaar na de beschikking).",
        "No capacity to pay (income "
            + income
            + ", protected income "
            + protectedIncome
            + "): collection stops. Only one-off refunds are still offset, until "
            + EN.format(until)
            + " (three years after the decision).");
  }
}
