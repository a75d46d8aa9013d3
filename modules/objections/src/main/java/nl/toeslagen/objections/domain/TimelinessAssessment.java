package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;

/**
 * The outcome of the timeliness check ({@link TimelinessPolicy}), with the reasons a handler and
 * the inspectorate can read. The decision is allowed when the objection counts as timely.
 *
 * @param timeliness the verdict
 * @param termStart first day of the objection term (day after the dagtekening)
 * @param termEnd last day of the objection term after the Algemene termijnenwet
 * @param decision the policy's decision: reasons and the article the verdict rests on
 */
public record TimelinessAssessment(
    Timeliness timeliness, LocalDate termStart, LocalDate termEnd, PolicyDecision decision) {

  TimelinessAssessment(
      Timeliness timeliness,
      LocalDate termStart,
      LocalDate termEnd,
      String reasonNl,
      String reasonEn,
      LegalReference basis) {
    this(
        timeliness,
        termStart,
        termEnd,
        new PolicyDecision(
            TimelinessPolicy.NAME, timeliness.acceptable(), reasonNl, reasonEn, basis));
  }

  public boolean timely() {
    return timeliness.acceptable();
  }

  public String reasonNl() {
    return decision.reasonNl();
  }

  public String reasonEn() {
    return decision.reasonEn();
  }

  public LegalReference basis() {
    return decision.basis();
  }
}
