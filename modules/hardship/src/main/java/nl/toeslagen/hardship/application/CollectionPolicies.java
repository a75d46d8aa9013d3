package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.hardship.domain.EfficiencyThresholdPolicy;
import nl.toeslagen.hardship.domain.PaymentCapacityPolicy;
import nl.toeslagen.hardship.domain.StandardArrangementPolicy;
import nl.toeslagen.hardship.domain.UhtPausePolicy;
import nl.toeslagen.hardship.domain.ZienswijzeBeforeRecoveryPolicy;
import nl.toeslagen.kernel.PolicySet;

/** The collection rules, for the policy catalogue ({@code GET /api/policies}). */
@ApplicationScoped
public class CollectionPolicies implements PolicySet {

  public static final String CONTEXT = "collection";

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        UhtPausePolicy.class,
        EfficiencyThresholdPolicy.class,
        StandardArrangementPolicy.class,
        PaymentCapacityPolicy.class,
        ZienswijzeBeforeRecoveryPolicy.class);
  }
}
