package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "HearingDatePolicy" (Awb 7:2): a hearing is planned, so it lies today or later; a
 * date in the past is invalid on {@code scheduledAt} (400).
 */
@PolicyRule(
    name = "HearingDatePolicy",
    guardsNl = "Een hoorzitting wordt gepland op vandaag of later, niet in het verleden.",
    guardsEn = "A hearing is planned for today or later, not in the past.",
    legalBasis = "Awb art. 7:2",
    appliesTo = {"Hoorzitting plannen"})
public final class HearingDatePolicy {

  public static final String NAME = "HearingDatePolicy";

  public PolicyDecision evaluate(LocalDateTime scheduledAt, LocalDate today) {
    if (scheduledAt.toLocalDate().isBefore(today)) {
      return PolicyDecision.refuse(
          NAME,
          "De hoorzitting kan niet in het verleden liggen.",
          "The hearing cannot be in the past.",
          Laws.awb("7:2"));
    }
    return PolicyDecision.allow(
        NAME,
        "Hoorzitting gepland op " + scheduledAt + ".",
        "Hearing planned for " + scheduledAt + ".",
        Laws.awb("7:2"));
  }
}
