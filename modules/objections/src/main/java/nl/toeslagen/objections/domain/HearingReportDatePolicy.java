package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "HearingReportDatePolicy" (Awb 7:2, 7:7): the report of a hearing records what was
 * said there, so it can only be recorded on or after the day of the hearing. Earlier is a conflict
 * (409).
 */
@PolicyRule(
    name = "HearingReportDatePolicy",
    guardsNl =
        "Het verslag van de hoorzitting wordt pas op of na de dag van de hoorzitting vastgelegd.",
    guardsEn = "The hearing report is recorded only on or after the day of the hearing.",
    legalBasis = "Awb art. 7:2 en 7:7",
    appliesTo = {"Verslag hoorzitting vastleggen"})
public final class HearingReportDatePolicy {

  public static final String NAME = "HearingReportDatePolicy";

  public PolicyDecision evaluate(Hearing hearing, LocalDate today) {
    LocalDate day = hearing.day();
    if (today.isBefore(day)) {
      return PolicyDecision.refuse(
          NAME,
          "De hoorzitting is op " + day + "; het verslag kan pas vanaf die dag worden vastgelegd.",
          "The hearing is on " + day + "; its report can only be recorded from that day on.",
          Laws.awb("7:7"));
    }
    return PolicyDecision.allow(
        NAME,
        "Verslag vastgelegd op of na de hoorzitting van " + day + ".",
        "Report recorded on or after the hearing of " + day + ".",
        Laws.awb("7:7"));
  }
}
