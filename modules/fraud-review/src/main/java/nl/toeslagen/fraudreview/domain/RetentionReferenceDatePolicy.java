package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * A retention run on request never deletes earlier or keeps longer than the retention date: its
 * reference date is today; only the demo environment may take a later one (to show the purge).
 */
@PolicyRule(
    name = "RetentionReferenceDatePolicy",
    guardsNl =
        "De peildatum van een bewaartermijnrun is vandaag; alleen in de demo-omgeving een latere"
            + " datum, nooit een eerdere.",
    guardsEn =
        "The reference date of a retention run is today; only the demo profile takes a later date,"
            + " never an earlier one.",
    legalBasis = "AVG art. 5 lid 1 sub e (opslagbeperking / storage limitation)",
    appliesTo = {"Bewaartermijnen toepassen (beheer)"})
public final class RetentionReferenceDatePolicy {

  public static final String NAME = "RetentionReferenceDatePolicy";

  public PolicyDecision evaluate(LocalDate referenceDate, LocalDate today, boolean demo) {
    if (referenceDate.isBefore(today)) {
      return PolicyDecision.refuse(
          NAME,
          "De peildatum kan niet voor vandaag liggen.",
          "The reference date cannot be before today.");
    }
    if (!referenceDate.equals(today) && !demo) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen in de demo-omgeving kan een latere peildatum worden gekozen.",
          "Only the demo profile accepts a later reference date.");
    }
    return PolicyDecision.allow(NAME, "Peildatum geaccepteerd.", "Reference date accepted.");
  }
}
