package nl.toeslagen.hardship.domain;

import java.util.Optional;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * A recovery after a final award (definitieve berekening) at or below the efficiency threshold
 * (doelmatigheidsgrens) of the year the final calculation was sent is not collected (Awir art. 26a;
 * "at or below": the agency publishes "€ 116 of minder"). The figure comes from {@link
 * EfficiencyThresholds}, per benefit; a year without a published figure takes the latest earlier
 * one and the reason says so, asking to check the amount.
 *
 * <p>Never for a revision of the advance ({@link RecoveryKind#VOORSCHOT}): that is always
 * collected, however small. Never for a final calculation sent before 2021: the threshold came with
 * the Wet verbetering uitvoerbaarheid toeslagen on 1 January 2021. An amount of 0 is refused for
 * either kind with "nothing to recover" (it is at or below any threshold, and there is nothing to
 * collect for an advance either), which {@link CollectionRules} answers as {@link
 * CollectionArrangement#NONE_BELOW_THRESHOLD}.
 */
@PolicyRule(
    name = EfficiencyThresholdPolicy.NAME,
    guardsNl =
        "Een terugvordering na een definitieve berekening op of onder de doelmatigheidsgrens van"
            + " het jaar van die berekening wordt niet ingevorderd; een herziening van het"
            + " voorschot wel.",
    guardsEn =
        "A recovery after a final award at or below the efficiency threshold of that calculation's"
            + " year is not collected; a revision of the advance is.",
    legalBasis = EfficiencyThresholdPolicy.LEGAL_BASIS,
    appliesTo = {"Invordering beoordelen"})
public final class EfficiencyThresholdPolicy {

  public static final String NAME = "EfficiencyThresholdPolicy";

  public static final String LEGAL_BASIS = "Awir art. 26a";

  /**
   * Refused (not collected) when the amount is 0, or at or below {@code threshold} for a final
   * award; allowed otherwise.
   *
   * @param threshold the figure for the decision's year, empty when none applies (an advance, or a
   *     year before 2021)
   */
  public PolicyDecision evaluate(
      CollectionCase c, Optional<EfficiencyThresholds.Applied> threshold) {
    String notice = threshold.map(EfficiencyThresholdPolicy::provisionalNl).orElse("");
    String noticeEn = threshold.map(EfficiencyThresholdPolicy::provisionalEn).orElse("");
    if (c.amountCents() == 0) {
      return PolicyDecision.refuse(
          NAME,
          notice + "Er is niets terug te vorderen (€ 0,00): er wordt niets ingevorderd.",
          noticeEn + "There is nothing to recover (€ 0,00): nothing is collected.",
          Laws.awir("26a"));
    }
    String amount = Money.ofCents(c.amountCents()).formatted();
    if (c.kind() == RecoveryKind.VOORSCHOT) {
      return PolicyDecision.allow(
          NAME,
          "De doelmatigheidsgrens geldt alleen na een definitieve berekening: een herziening van"
              + " het voorschot ("
              + amount
              + ") wordt altijd ingevorderd, ook als het bedrag klein is.",
          "The efficiency threshold applies only after a final award: a revision of the advance ("
              + amount
              + ") is always collected, however small.",
          Laws.awir("26a"));
    }
    int year = c.decisionDate().getYear();
    if (threshold.isEmpty()) {
      return PolicyDecision.allow(
          NAME,
          "De definitieve berekening is van "
              + year
              + ": voor 2021 bestond de doelmatigheidsgrens niet (Wet verbetering"
              + " uitvoerbaarheid toeslagen, in werking 1 januari 2021). Het bedrag van "
              + amount
              + " wordt ingevorderd.",
          "The final calculation is of "
              + year
              + ": before 2021 there was no efficiency threshold (Wet verbetering uitvoerbaarheid"
              + " toeslagen, in force 1 January 2021). The amount of "
              + amount
              + " is collected.",
          Laws.awir("26a"));
    }
    EfficiencyThresholds.Threshold figure = threshold.get().figure();
    String limit = Money.ofCents(figure.cents()).formatted() + " (" + figure.year() + ")";
    if (c.amountCents() <= figure.cents()) {
      return PolicyDecision.refuse(
          NAME,
          notice
              + "Het bedrag van "
              + amount
              + " ligt op of onder de doelmatigheidsgrens van "
              + limit
              + ": het wordt niet ingevorderd.",
          noticeEn
              + "The amount of "
              + amount
              + " is at or below the efficiency threshold of "
              + limit
              + ": it is not collected.",
          Laws.awir("26a"));
    }
    return PolicyDecision.allow(
        NAME,
        notice
            + "Het bedrag van "
            + amount
            + " ligt boven de doelmatigheidsgrens van "
            + limit
            + ": het wordt ingevorderd.",
        noticeEn
            + "The amount of "
            + amount
            + " is above the efficiency threshold of "
            + limit
            + ": it is collected.",
        Laws.awir("26a"));
  }

  private static String provisionalNl(EfficiencyThresholds.Applied a) {
    if (!a.provisional()) {
      return "";
    }
    return "Voor "
        + a.forYear()
        + " is geen gepubliceerde doelmatigheidsgrens geladen; de grens van "
        + a.figure().year()
        + " ("
        + Money.ofCents(a.figure().cents()).formatted()
        + ") is gebruikt. Controleer het bedrag. ";
  }

  private static String provisionalEn(EfficiencyThresholds.Applied a) {
    if (!a.provisional()) {
      return "";
    }
    return "No published efficiency threshold is loaded for "
        + a.forYear()
        + "; the threshold of "
        + a.figure().year()
        + " ("
        + Money.ofCents(a.figure().cents()).formatted()
        + ") was used. Check the amount. ";
  }
}
