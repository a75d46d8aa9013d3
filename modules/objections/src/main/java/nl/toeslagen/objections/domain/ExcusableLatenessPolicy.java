package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "ExcusableLatenessPolicy" (Awb 6:11): a late objection is treated as timely only
 * when it is late and a reason why the lateness is excusable is recorded.
 */
@PolicyRule(
    name = "ExcusableLatenessPolicy",
    guardsNl =
        "Een te laat bezwaar geldt alleen als tijdig als de termijnoverschrijding verschoonbaar is en de reden is vastgelegd.",
    guardsEn =
        "A late objection counts as timely only when its lateness is excusable and the reason is recorded.",
    legalBasis = "Awb art. 6:11",
    appliesTo = {"Ontvankelijkheid beoordelen"})
public final class ExcusableLatenessPolicy {

  public static final String NAME = "ExcusableLatenessPolicy";

  public PolicyDecision evaluate(Timeliness timeliness, String reason) {
    if (timeliness != Timeliness.LATE) {
      return PolicyDecision.refuse(
          NAME,
          "Het bezwaar is niet te laat; verschoonbaarheid is niet aan de orde.",
          "The objection is not late; excusability does not apply.",
          Laws.awb("6:11"));
    }
    if (reason == null || reason.isBlank()) {
      return PolicyDecision.refuse(
          NAME,
          "Leg vast waarom de termijnoverschrijding verschoonbaar is.",
          "Record why the lateness is excusable.",
          Laws.awb("6:11"));
    }
    return PolicyDecision.allow(
        NAME,
        "Termijnoverschrijding verschoonbaar: " + reason.strip(),
        "Lateness excusable: " + reason.strip(),
        Laws.awb("6:11"));
  }
}
