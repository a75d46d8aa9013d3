package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * A parent in the recovery operation (hersteloperatie, UHT) has the pause button: while UHT handles
 * the case, toeslag and tax debts of the parent and the partner are not collected and bear no
 * collection interest. Decisions are still sent; paying voluntarily stays possible. This rule is
 * evaluated first after the input checks and wins over every other arrangement.
 *
 * <p>Basis: the commitment to the House at the start of the recovery operation, described in the
 * Stand van zakenbrief Dienst Toeslagen 2023, section "Invordering na UHT"; the recovery operation
 * itself is governed by the Wet hersteloperatie toeslagen. The pause is policy, not a statutory
 * article, and is cited as such.
 */
@PolicyRule(
    name = UhtPausePolicy.NAME,
    guardsNl =
        "Een ouder in de hersteloperatie met de pauzeknop wordt niet ingevorderd en betaalt geen"
            + " invorderingsrente; vrijwillig betalen blijft mogelijk.",
    guardsEn =
        "A parent in the recovery operation with the pause button is not collected from and pays"
            + " no collection interest; paying voluntarily stays possible.",
    legalBasis = UhtPausePolicy.LEGAL_BASIS,
    appliesTo = {"Invordering beoordelen"})
public final class UhtPausePolicy {

  public static final String NAME = "UhtPausePolicy";

  public static final String LEGAL_BASIS =
      "Toezegging pauzeknop hersteloperatie (Stand van zakenbrief Dienst Toeslagen 2023,"
          + " 'Invordering na UHT'); Wet hersteloperatie toeslagen";

  /** Refused (not collected) when the pause button is on. */
  public PolicyDecision evaluate(CollectionCase c) {
    if (c.uhtPause()) {
      return PolicyDecision.refuse(
          NAME,
          "De ouder zit in de hersteloperatie (UHT) en de pauzeknop is ingedrukt: er wordt niet"
              + " ingevorderd en er wordt geen invorderingsrente berekend. Vrijwillig betalen"
              + " blijft mogelijk.",
          "The parent is in the recovery operation (UHT) and the pause button is on: nothing is"
              + " collected and no collection interest is charged. Paying voluntarily stays"
              + " possible.");
    }
    return PolicyDecision.allow(
        NAME,
        "Geen pauzeknop van de hersteloperatie: de invordering mag doorgaan.",
        "No recovery-operation pause: collection may go ahead.");
  }
}
