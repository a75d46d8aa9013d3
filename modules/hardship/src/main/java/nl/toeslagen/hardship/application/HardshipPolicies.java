package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.hardship.domain.AssessmentReasoningPolicy;
import nl.toeslagen.hardship.domain.CollectionPausePolicy;
import nl.toeslagen.hardship.domain.EmergencyPaymentPolicy;
import nl.toeslagen.hardship.domain.HardshipFourEyesPolicy;
import nl.toeslagen.hardship.domain.HardshipInputPolicy;
import nl.toeslagen.hardship.domain.PolicySignalPolicy;
import nl.toeslagen.hardship.domain.StatedReasonsPolicy;
import nl.toeslagen.hardship.domain.TriageDeadlinePolicy;
import nl.toeslagen.hardship.domain.UrgentTrackPolicy;
import nl.toeslagen.kernel.PolicySet;

/** The rules of hardship requests, for the policy catalogue ({@code GET /api/policies}). */
@ApplicationScoped
public class HardshipPolicies implements PolicySet {

  public static final String CONTEXT = "hardship";

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        UrgentTrackPolicy.class,
        TriageDeadlinePolicy.class,
        EmergencyPaymentPolicy.class,
        StatedReasonsPolicy.class,
        AssessmentReasoningPolicy.class,
        PolicySignalPolicy.class,
        HardshipFourEyesPolicy.class,
        CollectionPausePolicy.class,
        HardshipInputPolicy.class);
  }
}
