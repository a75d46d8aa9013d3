package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/** Every determination and every review gives its reasons. */
@PolicyRule(
    name = "ReasonsRequiredPolicy",
    guardsNl = "Elke vaststelling, beoordeling en intrekking is gemotiveerd.",
    guardsEn = "Every determination, review and withdrawal gives its reasons.",
    legalBasis = "Awb art. 3:46",
    appliesTo = {"Vaststelling indienen", "Vaststelling beoordelen", "Vaststelling intrekken"})
public final class ReasonsRequiredPolicy {

  public static final String NAME = "ReasonsRequiredPolicy";

  public PolicyDecision evaluate(String reasons) {
    if (reasons == null || reasons.isBlank()) {
      return PolicyDecision.refuse(
          NAME,
          "Geef een motivering: een vaststelling of beoordeling zonder redenen is niet toegestaan.",
          "Give reasons: a determination or review without reasons is not allowed.",
          Laws.awb("3:46"));
    }
    return PolicyDecision.allow(NAME, "Gemotiveerd.", "Reasons given.", Laws.awb("3:46"));
  }
}
