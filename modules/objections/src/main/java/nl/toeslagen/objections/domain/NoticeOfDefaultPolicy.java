package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "NoticeOfDefaultPolicy" (Awb 4:17): a case has at most one notice of default, and
 * its day of receipt is known and not in the future. A second notice is a conflict (409); a missing
 * or future date is invalid on {@code receivedOn} (400). Whether the notice counts at all (after
 * the deadline) is {@link PenaltyPolicy#acceptNotice}.
 */
@PolicyRule(
    name = "NoticeOfDefaultPolicy",
    guardsNl =
        "Per bezwaar één ingebrekestelling, met een ontvangstdatum die niet in de toekomst ligt.",
    guardsEn = "One notice of default per objection, received on a day not in the future.",
    legalBasis = "Awb art. 4:17",
    appliesTo = {"Ingebrekestelling registreren"})
public final class NoticeOfDefaultPolicy {

  public static final String NAME = "NoticeOfDefaultPolicy";

  /** May a notice be registered when one was registered on {@code registeredOn} (or null)? */
  public PolicyDecision once(LocalDate registeredOn) {
    if (registeredOn != null) {
      return PolicyDecision.refuse(
          NAME,
          "Er is al een ingebrekestelling geregistreerd (" + registeredOn + ").",
          "A notice of default has already been registered (" + registeredOn + ").",
          Laws.awb("4:17"));
    }
    return PolicyDecision.allow(
        NAME,
        "Er is nog geen ingebrekestelling geregistreerd.",
        "No notice of default has been registered yet.",
        Laws.awb("4:17"));
  }

  /** Is the day of receipt given and not after today? */
  public PolicyDecision receivedOn(LocalDate receivedOn, LocalDate today) {
    if (receivedOn == null || receivedOn.isAfter(today)) {
      return PolicyDecision.refuse(
          NAME,
          "Geef de ontvangstdatum van de ingebrekestelling; die ligt niet in de toekomst.",
          "Give the day the notice of default was received; it is not in the future.",
          Laws.awb("4:17"));
    }
    return PolicyDecision.allow(
        NAME,
        "Ingebrekestelling ontvangen op " + receivedOn + ".",
        "Notice of default received on " + receivedOn + ".",
        Laws.awb("4:17"));
  }
}
