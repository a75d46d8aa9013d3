package nl.toeslagen.hardship.domain;

import java.util.Set;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * An emergency payment (noodbetaling) is money paid out at once, so it is recorded with its amount
 * and a second person who approved it: only on the urgent track of an open request, at most {@value
 * #MAX_CENTS} cents (EUR 2,500, the agency's own ceiling for a payment without a decision on the
 * merits), approved by a team leader or the professional line who is not the person recording it.
 */
@PolicyRule(
    name = "EmergencyPaymentPolicy",
    guardsNl =
        "Een noodbetaling kan alleen op het spoedspoor van een open verzoek, tot € 2.500, en is"
            + " goedgekeurd door een teamleider of vaktechniek die haar niet zelf vastlegt.",
    guardsEn =
        "An emergency payment is only possible on the urgent track of an open request, up to EUR"
            + " 2,500, approved by a team leader or the professional line who does not record it.",
    legalBasis = "Awb art. 3:4 (evenredigheid); eigen norm STELLA-werkwijze; vier-ogenprincipe",
    appliesTo = {"Noodbetaling vastleggen"})
public final class EmergencyPaymentPolicy {

  public static final String NAME = "EmergencyPaymentPolicy";

  /** The ceiling of one emergency payment, in cents. */
  public static final long MAX_CENTS = 250_000;

  public PolicyDecision evaluate(
      HardshipRequest request,
      long amountCents,
      String recordedBy,
      String approver,
      Set<Role> approverRoles) {
    if (!request.open() || request.track() != Track.URGENT) {
      return PolicyDecision.refuse(
          NAME,
          "Een noodbetaling kan alleen bij een open verzoek op het spoedspoor.",
          "An emergency payment is only possible for an open request on the urgent track.");
    }
    if (amountCents <= 0 || amountCents > MAX_CENTS) {
      return PolicyDecision.refuse(
          NAME,
          "Het bedrag van een noodbetaling ligt tussen € 0,01 en "
              + Money.ofCents(MAX_CENTS).formatted()
              + ".",
          "An emergency payment is between EUR 0.01 and EUR 2,500.");
    }
    if (approver == null || approver.equalsIgnoreCase(recordedBy)) {
      return PolicyDecision.refuse(
          NAME,
          "Een noodbetaling keurt een tweede persoon goed, niet wie haar vastlegt.",
          "A second person approves an emergency payment, not the one recording it.");
    }
    if (approverRoles == null
        || !(approverRoles.contains(Role.TEAMLEIDER) || approverRoles.contains(Role.VAKTECHNIEK))) {
      return PolicyDecision.refuse(
          NAME,
          "Wie de noodbetaling goedkeurt, is een actieve teamleider of vaktechnisch medewerker.",
          "The approver of an emergency payment is an active team leader or professional-line"
              + " member.");
    }
    return PolicyDecision.allow(
        NAME,
        "Noodbetaling van "
            + Money.ofCents(amountCents).formatted()
            + " goedgekeurd door "
            + approver,
        "Emergency payment of " + Money.ofCents(amountCents) + " approved by " + approver);
  }
}
