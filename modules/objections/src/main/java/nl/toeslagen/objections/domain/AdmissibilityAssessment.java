package nl.toeslagen.objections.domain;

import java.util.Set;
import nl.toeslagen.kernel.LegalReference;

/** Outcome, reasons and basis of the admissibility assessment. */
public record AdmissibilityAssessment(
    AdmissibilityOutcome outcome,
    Set<Requirement> missing,
    String reasonNl,
    String reasonEn,
    LegalReference basis) {

  public AdmissibilityAssessment {
    missing = Set.copyOf(missing);
  }
}
