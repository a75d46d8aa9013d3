package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.caselaw.domain.AppealAdmissibilityPolicy;
import nl.toeslagen.caselaw.domain.AppealDefenceTermPolicy;
import nl.toeslagen.caselaw.domain.AppealHigherAppealTermPolicy;
import nl.toeslagen.caselaw.domain.AppealInputPolicy;
import nl.toeslagen.caselaw.domain.AppealProfessionalLineCheckPolicy;
import nl.toeslagen.kernel.PolicySet;

/** The rules of appeals, for the policy catalogue ({@code GET /api/policies}). */
@ApplicationScoped
public class AppealPolicies implements PolicySet {

  /** The context of appeals: also the workflow name of their tasks. */
  public static final String CONTEXT = "appeals";

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        AppealAdmissibilityPolicy.class,
        AppealDefenceTermPolicy.class,
        AppealHigherAppealTermPolicy.class,
        AppealProfessionalLineCheckPolicy.class,
        AppealInputPolicy.class);
  }
}
