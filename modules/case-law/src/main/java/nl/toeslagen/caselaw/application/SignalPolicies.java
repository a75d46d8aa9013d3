package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.caselaw.domain.SignalFollowUpPolicy;
import nl.toeslagen.caselaw.domain.SignalInputPolicy;
import nl.toeslagen.caselaw.domain.SignalThresholdPolicy;
import nl.toeslagen.kernel.PolicySet;

/** The rules of central signal management, for the policy catalogue ({@code GET /api/policies}). */
@ApplicationScoped
public class SignalPolicies implements PolicySet {

  public static final String CONTEXT = "signals";

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        SignalInputPolicy.class, SignalThresholdPolicy.class, SignalFollowUpPolicy.class);
  }
}
