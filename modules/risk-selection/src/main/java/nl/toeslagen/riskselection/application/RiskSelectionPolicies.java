package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.kernel.PolicySet;
import nl.toeslagen.riskselection.domain.ApproverIndependencePolicy;
import nl.toeslagen.riskselection.domain.BiasDisparityPolicy;
import nl.toeslagen.riskselection.domain.ClassificationFourEyesPolicy;
import nl.toeslagen.riskselection.domain.CompleteBatchPolicy;
import nl.toeslagen.riskselection.domain.DeclaredFeaturesPolicy;
import nl.toeslagen.riskselection.domain.FlaggedRuleSetsStaySuspendedPolicy;
import nl.toeslagen.riskselection.domain.OnlyActiveRuleSetsRunPolicy;
import nl.toeslagen.riskselection.domain.ProhibitedFeaturePolicy;
import nl.toeslagen.riskselection.domain.ProtectedGroundsStayProhibitedPolicy;
import nl.toeslagen.riskselection.domain.ProxyFeatureSafeguardPolicy;
import nl.toeslagen.riskselection.domain.PurposeAndLegalBasisPolicy;
import nl.toeslagen.riskselection.domain.ReachableThresholdPolicy;

/** The safeguards of risk selection, for the policy catalogue ({@code GET /api/policies}). */
@ApplicationScoped
public class RiskSelectionPolicies implements PolicySet {

  public static final String CONTEXT = "risk-selection";

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        ProhibitedFeaturePolicy.class,
        DeclaredFeaturesPolicy.class,
        ReachableThresholdPolicy.class,
        PurposeAndLegalBasisPolicy.class,
        ApproverIndependencePolicy.class,
        ProxyFeatureSafeguardPolicy.class,
        OnlyActiveRuleSetsRunPolicy.class,
        CompleteBatchPolicy.class,
        BiasDisparityPolicy.class,
        FlaggedRuleSetsStaySuspendedPolicy.class,
        ClassificationFourEyesPolicy.class,
        ProtectedGroundsStayProhibitedPolicy.class);
  }
}
