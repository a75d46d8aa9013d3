package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.LegalReference;

/**
 * The outcome of the timeliness check, with the reasons a handler and the inspectorate can read.
 *
 * @param timeliness the verdict
 * @param termStart first day of the objection term (day after the dagtekening)
 * @param termEnd last day of the objection term after the Algemene termijnenwet
 * @param basis the article the verdict rests on
 */
public record TimelinessAssessment(
    Timeliness timeliness,
    LocalDate termStart,
    LocalDate termEnd,
    String reasonNl,
    String reasonEn,
    LegalReference basis) {

  public boolean timely() {
    return timeliness.acceptable();
  }
}
