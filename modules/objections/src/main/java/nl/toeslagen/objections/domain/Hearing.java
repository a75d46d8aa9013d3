package nl.toeslagen.objections.domain;

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
 */
public record Hearing(
    LocalDateTime scheduledAt,
    HearingMode mode,
    String place,
    HearingSkipReason skipReason,
    String skipExplanation,
    String report) {

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
    return new Hearing(scheduledAt, mode, place, null, null, hearingReport.strip());
  }

  public boolean skipped() {
    return skipReason != null;
  }

  public boolean held() {
    return report != null;
  }
}
