package nl.toeslagen.objections.domain;

import java.util.Set;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;

/**
 * Outcome of the admissibility assessment, with the {@link AdmissibilityPolicy}'s decision (reasons
 * and basis). The decision is refused only while the repair period runs ({@link
 * AdmissibilityOutcome#AWAITING_REPAIR}): the assessment cannot be concluded yet.
 */
public record AdmissibilityAssessment(
    AdmissibilityOutcome outcome, Set<Requirement> missing, PolicyDecision decision) {

  public AdmissibilityAssessment {
    missing = Set.copyOf(missing);
  }

  AdmissibilityAssessment(
      AdmissibilityOutcome outcome,
      Set<Requirement> missing,
      String reasonNl,
      String reasonEn,
      LegalReference basis) {
    this(
        outcome,
        missing,
        new PolicyDecision(
            AdmissibilityPolicy.NAME,
            outcome != AdmissibilityOutcome.AWAITING_REPAIR,
            reasonNl,
            reasonEn,
            basis));
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
