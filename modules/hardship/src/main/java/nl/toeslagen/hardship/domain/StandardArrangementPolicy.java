package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * The standard arrangement offsets the recovery in {@value #TERMS} monthly terms against the
 * running advance of the benefit, without costs. It starts automatically only when the whole amount
 * can be paid that way without touching the (estimated) protected income (beslagvrije voet): the
 * term fits within the monthly advance <em>and</em> within the capacity to pay (income minus
 * protected income, at least 0). Otherwise nothing is offset and the citizen is offered a personal
 * payment plan ({@link PaymentCapacityPolicy}).
 *
 * <p>The term, exactly in cents: the amount divided by {@value #TERMS}, rounded <em>up</em> to the
 * cent ({@link #term}). Every term but the last is that term; the last absorbs the rest: {@code
 * terms = ceil(amount / term)} and {@code last = amount - (terms - 1) * term}, so {@code 0 < last
 * <= term}. Usually {@code terms = 24} (e.g. 100001 cents: term 4167, terms 1..23 of 4167 and term
 * 24 of 100001 - 23 * 4167 = 4160). For a small amount rounding up can make fewer terms enough
 * (e.g. 25 cents: term 2, 13 terms, the last of 1 cent); then fewer terms are used, never a term of
 * 0.
 *
 * <p>Basis: Stand van zakenbrief Dienst Toeslagen 2023, "Verrekenen zonder kosten", and the
 * Invorderingsstrategie Toeslagen (Kamerstukken 31 066 en 24 515, nr. 1161): the protected income
 * is estimated before a 24-term offset, which starts automatically only when it is not touched.
 */
@PolicyRule(
    name = StandardArrangementPolicy.NAME,
    guardsNl =
        "De standaard betalingsregeling verrekent de terugvordering in 24 termijnen met het lopende"
            + " voorschot en start alleen vanzelf als de termijn binnen het voorschot past en de"
            + " beslagvrije voet niet raakt.",
    guardsEn =
        "The standard arrangement offsets the recovery in 24 terms against the running advance and"
            + " starts by itself only when the term fits within the advance and does not touch the"
            + " protected income.",
    legalBasis = StandardArrangementPolicy.LEGAL_BASIS,
    appliesTo = {"Invordering beoordelen"})
public final class StandardArrangementPolicy {

  public static final String NAME = "StandardArrangementPolicy";

  public static final String LEGAL_BASIS =
      "Stand van zakenbrief Dienst Toeslagen 2023, 'Verrekenen zonder kosten'; Invorderingsstrategie"
          + " Toeslagen (Kamerstukken 31 066 en 24 515, nr. 1161)";

  /** The number of monthly terms of the standard arrangement. */
  public static final int TERMS = 24;

  /** The monthly term: {@code amountCents / 24} rounded up to the cent (0 for 0). */
  public static long term(long amountCents) {
    if (amountCents < 0) {
      throw new IllegalArgumentException("amountCents must not be negative");
    }
    return amountCents / TERMS + (amountCents % TERMS == 0 ? 0 : 1);
  }

  /**
   * Allowed when the term fits both within the monthly advance and within the capacity to pay;
   * refused (with what does not fit) otherwise. Call only with a positive amount.
   */
  public PolicyDecision evaluate(CollectionCase c) {
    long term = term(c.amountCents());
    long capacity = c.capacityCents();
    String t = Money.ofCents(term).formatted();
    String advance = Money.ofCents(c.monthlyAdvanceCents()).formatted();
    String room = Money.ofCents(capacity).formatted();
    boolean fitsAdvance = term <= c.monthlyAdvanceCents();
    boolean fitsCapacity = term <= capacity;
    if (fitsAdvance && fitsCapacity) {
      CollectionRules.Terms terms = CollectionRules.Terms.of(c.amountCents(), term);
      return PolicyDecision.allow(
          NAME,
          "De termijn van "
              + t
              + " past binnen het voorschot van "
              + advance
              + " en binnen de ruimte boven de beslagvrije voet ("
              + room
              + "): de verrekening met het voorschot start vanzelf, zonder kosten, in "
              + terms.count()
              + " termijnen (laatste termijn "
              + Money.ofCents(terms.lastCents()).formatted()
              + ").",
          "The term of "
              + t
              + " fits within the advance of "
              + advance
              + " and within the room above the protected income ("
              + room
              + "): offsetting against the advance starts by itself, without costs, in "
              + terms.count()
              + " terms (last term "
              + Money.ofCents(terms.lastCents()).formatted()
              + ").",
          null);
    }
    StringBuilder nl = new StringBuilder("Geen standaard betalingsregeling: ");
    StringBuilder en = new StringBuilder("No standard arrangement: ");
    if (c.monthlyAdvanceCents() == 0) {
      nl.append("er is geen lopend voorschot om mee te verrekenen");
      en.append("there is no running advance to offset against");
    } else if (!fitsAdvance) {
      nl.append("de termijn van ")
          .append(t)
          .append(" is hoger dan het voorschot van ")
          .append(advance);
      en.append("the term of ").append(t).append(" is higher than the advance of ").append(advance);
    }
    if (!fitsCapacity) {
      if (!fitsAdvance) {
        nl.append(", en ");
        en.append(", and ");
      }
      nl.append("de termijn van ")
          .append(t)
          .append(" raakt de beslagvrije voet (ruimte ")
          .append(room)
          .append(" per maand)");
      en.append("the term of ")
          .append(t)
          .append(" touches the protected income (room ")
          .append(room)
          .append(" a month)");
    }
    nl.append(". Er wordt niet verrekend.");
    en.append(". Nothing is offset.");
    return PolicyDecision.refuse(NAME, nl.toString(), en.toString());
  }
}
