package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.toeslagen.kernel.ValidationException;

/**
 * The hearing (Awb 7:2): scheduled (and later held, with a report) or skipped for a reason of 7:3.
 *
 * @param scheduledAt date and time, null when skipped
 * @param mode how, null when skipped
 * @param place address or phone/video details, null when skipped
 * @param skipReason the 7:3 reason, null when held
 * @param skipExplanation the handler's explanation of the skip
 * @param report the hearing report (verslag), set once held
 * @param shortNoticeConsent the recorded agreement of the objector to a hearing less than a week
 *     ahead (Awb 7:4 lid 2), null when none was needed or given
 */
public record Hearing(
    LocalDateTime scheduledAt,
    HearingMode mode,
    String place,
    HearingSkipReason skipReason,
    String skipExplanation,
    String report,
    String shortNoticeConsent) {

  /**
   * Further documents may be sent until ten days before the hearing (Awb 7:4 lid 1): counted back
   * in calendar days from the hearing day.
   */
  public static final int FURTHER_DOCUMENTS_DAYS = 10;

  /** A hearing without a recorded short-notice agreement. */
  public Hearing(
      LocalDateTime scheduledAt,
      HearingMode mode,
      String place,
      HearingSkipReason skipReason,
      String skipExplanation,
      String report) {
    this(scheduledAt, mode, place, skipReason, skipExplanation, report, null);
  }

  /**
   * A planned hearing; with {@code agreedToShortNotice} the objector agreed to a hearing less than
   * a week ahead and {@code note} records how and when (required then, field {@code
   * shortNoticeNote}).
   */
  public static Hearing scheduled(
      LocalDateTime at, HearingMode mode, String place, boolean agreedToShortNotice, String note) {
    Hearing h = scheduled(at, mode, place);
    if (!agreedToShortNotice) {
      return h;
    }
    if (note == null || note.isBlank()) {
      throw new ValidationException(
          "shortNoticeNote",
          "Leg vast hoe en wanneer de bezwaarmaker met de korte termijn instemde.",
          "Record how and when the objector agreed to the short notice.");
    }
    return new Hearing(at, mode, h.place(), null, null, null, note.strip());
  }

  public static Hearing scheduled(LocalDateTime at, HearingMode mode, String place) {
    if (at == null) {
      throw new ValidationException(
          "scheduledAt",
          "Geef datum en tijd van de hoorzitting.",
          "Give the date and time of the hearing.");
    }
    if (mode == null) {
      throw new ValidationException(
          "mode", "Geef aan hoe wordt gehoord.", "State how the hearing takes place.");
    }
    if (place == null || place.isBlank()) {
      throw new ValidationException(
          "place",
          "Geef de plaats, of het telefoonnummer of de videolink.",
          "Give the place, or the phone number or video link.");
    }
    return new Hearing(at, mode, place.strip(), null, null, null);
  }

  public static Hearing skipped(HearingSkipReason reason, String explanation) {
    if (reason == null) {
      throw new ValidationException(
          "skipReason",
          "Niet horen mag alleen met een reden uit artikel 7:3 Awb (a tot en met e).",
          "The hearing may only be skipped for a reason of Awb 7:3 (a to e).");
    }
    if (explanation == null || explanation.isBlank()) {
      throw new ValidationException(
          "explanation",
          "Licht toe waarom niet wordt gehoord.",
          "Explain why the hearing is skipped.");
    }
    return new Hearing(null, null, null, reason, explanation.strip(), null);
  }

  public Hearing held(String hearingReport) {
    if (skipped()) {
      throw new ValidationException(
          "report", "Er is geen hoorzitting gepland.", "No hearing has been scheduled.");
    }
    if (hearingReport == null || hearingReport.isBlank()) {
      throw new ValidationException(
          "report",
          "Leg het verslag van de hoorzitting vast.",
          "Record the report of the hearing.");
    }
    return new Hearing(
        scheduledAt, mode, place, null, null, hearingReport.strip(), shortNoticeConsent);
  }

  /** The day of the hearing, null when skipped. */
  public LocalDate day() {
    return scheduledAt == null ? null : scheduledAt.toLocalDate();
  }

  /**
   * The last day on which further documents may be sent (Awb 7:4 lid 1): ten calendar days before
   * the hearing day. A term counted back from an event is not extended by the Algemene termijnenwet
   * (it only extends terms that end on a weekend day or holiday, counted forward), so a Saturday,
   * Sunday or holiday is stated as it falls. Null when skipped.
   */
  public LocalDate furtherDocumentsUntil() {
    return scheduledAt == null ? null : day().minusDays(FURTHER_DOCUMENTS_DAYS);
  }

  public boolean skipped() {
    return skipReason != null;
  }

  public boolean held() {
    return report != null;
  }
}
