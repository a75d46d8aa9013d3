package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "OpenCasePolicy": a decided or withdrawn objection is closed (Awb 7:11, 6:21); its
 * term can no longer be changed, no notice of default registered and it cannot be withdrawn again.
 * Refused as a conflict (409).
 */
@PolicyRule(
    name = "OpenCasePolicy",
    guardsNl = "Een afgesloten bezwaar (beslist of ingetrokken) kan niet meer worden gewijzigd.",
    guardsEn = "A closed objection (decided or withdrawn) can no longer be changed.",
    legalBasis = "Awb art. 6:21, 7:11",
    appliesTo = {"Beslistermijn verdagen of uitstellen", "Ingebrekestelling", "Intrekking"})
public final class OpenCasePolicy {

  public static final String NAME = "OpenCasePolicy";

  public PolicyDecision evaluate(Stage stage) {
    if (stage.closed()) {
      return PolicyDecision.refuse(
          NAME,
          "Het bezwaar is afgesloten (" + stage + ").",
          "The objection is closed (" + stage + ").",
          Laws.awb(stage == Stage.WITHDRAWN ? "6:21" : "7:11"));
    }
    return PolicyDecision.allow(
        NAME, "Het bezwaar is open (" + stage + ").", "The objection is open (" + stage + ").");
  }
}
