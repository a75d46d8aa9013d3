package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "HearingDatePolicy" (Awb 7:2, 7:4 lid 2): a hearing is planned, so it lies today or
 * later; and the documents lie open for inspection for at least a week before it, so it lies at
 * least {@value #MINIMUM_NOTICE_DAYS} calendar days after the day it is planned, unless the
 * objector agreed to a shorter notice (recorded with the hearing). Refusals are invalid on {@code
 * scheduledAt} (400).
 */
@PolicyRule(
    name = "HearingDatePolicy",
    guardsNl =
        "Een hoorzitting wordt niet in het verleden gepland, en minstens een week vooruit (de"
            + " stukken liggen een week ter inzage), tenzij de bezwaarmaker met een kortere"
            + " termijn instemde (vastgelegd).",
    guardsEn =
        "A hearing is not planned in the past, and at least one week ahead (the documents are"
            + " open for inspection for a week), unless the objector agreed to a shorter notice"
            + " (recorded).",
    legalBasis = "Awb art. 7:2 en 7:4 lid 2",
    appliesTo = {"Hoorzitting plannen"})
public final class HearingDatePolicy {

  public static final String NAME = "HearingDatePolicy";

  /** The documents lie open for inspection at least a week before the hearing (Awb 7:4 lid 2). */
  public static final int MINIMUM_NOTICE_DAYS = 7;

  /** Without a short-notice agreement. */
  public PolicyDecision evaluate(LocalDateTime scheduledAt, LocalDate today) {
    return evaluate(scheduledAt, today, null);
  }

  /**
   * @param shortNoticeConsent the recorded agreement of the objector to a shorter notice, or null
   */
  public PolicyDecision evaluate(
      LocalDateTime scheduledAt, LocalDate today, String shortNoticeConsent) {
    LocalDate day = scheduledAt.toLocalDate();
    if (day.isBefore(today)) {
      return PolicyDecision.refuse(
          NAME,
          "De hoorzitting kan niet in het verleden liggen.",
          "The hearing cannot be in the past.",
          Laws.awb("7:2"));
    }
    LocalDate earliest = today.plusDays(MINIMUM_NOTICE_DAYS);
    boolean agreed = shortNoticeConsent != null && !shortNoticeConsent.isBlank();
    if (day.isBefore(earliest)) {
      if (!agreed) {
        return PolicyDecision.refuse(
            NAME,
            "De hoorzitting ligt minder dan een week vooruit; de stukken moeten een week ter"
                + " inzage liggen. Plan op of na "
                + earliest
                + ", of leg vast dat de bezwaarmaker met een kortere termijn instemt.",
            "The hearing is less than a week ahead; the documents must be open for inspection for"
                + " a week. Plan it on or after "
                + earliest
                + ", or record that the objector agrees to a shorter notice.",
            Laws.awb("7:4"));
      }
      return PolicyDecision.allow(
          NAME,
          "Hoorzitting gepland op "
              + scheduledAt
              + ", binnen een week; de bezwaarmaker stemde in: "
              + shortNoticeConsent,
          "Hearing planned for "
              + scheduledAt
              + ", within a week; the objector agreed: "
              + shortNoticeConsent,
          Laws.awb("7:4"));
    }
    return PolicyDecision.allow(
        NAME,
        "Hoorzitting gepland op " + scheduledAt + ".",
        "Hearing planned for " + scheduledAt + ".",
        Laws.awb("7:2"));
  }
}
