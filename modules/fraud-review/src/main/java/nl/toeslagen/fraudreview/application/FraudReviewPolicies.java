package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.fraudreview.domain.AuthorQualifiedPolicy;
import nl.toeslagen.fraudreview.domain.DeterminationProposalPolicy;
import nl.toeslagen.fraudreview.domain.DeterminationWithdrawalPolicy;
import nl.toeslagen.fraudreview.domain.FinePolicy;
import nl.toeslagen.fraudreview.domain.FourEyesNoEarlierAuthorPolicy;
import nl.toeslagen.fraudreview.domain.FourEyesNotAuthorPolicy;
import nl.toeslagen.fraudreview.domain.FourEyesPolicy;
import nl.toeslagen.fraudreview.domain.FourEyesRolePolicy;
import nl.toeslagen.fraudreview.domain.OutcomeFollowsFindingsPolicy;
import nl.toeslagen.fraudreview.domain.PhaseOrderPolicy;
import nl.toeslagen.fraudreview.domain.ReasonsRequiredPolicy;
import nl.toeslagen.fraudreview.domain.RetentionReferenceDatePolicy;
import nl.toeslagen.fraudreview.domain.RetentionSchedulePolicy;
import nl.toeslagen.fraudreview.domain.SignalRegistrationPolicy;
import nl.toeslagen.fraudreview.domain.SignalSearchByBsnPolicy;
import nl.toeslagen.fraudreview.domain.ZienswijzeBeforeFinePolicy;
import nl.toeslagen.fraudreview.domain.ZienswijzeOnlyBeforeSanctionPolicy;
import nl.toeslagen.fraudreview.domain.ZienswijzeTermPolicy;
import nl.toeslagen.kernel.PolicySet;

/** The named policies of the fraud review, for the policy catalogue ({@code GET /api/policies}). */
@ApplicationScoped
public class FraudReviewPolicies implements PolicySet {

  public static final String CONTEXT = "fraud-review";

  @Override
  public String context() {
    return CONTEXT;
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        SignalRegistrationPolicy.class,
        DeterminationProposalPolicy.class,
        AuthorQualifiedPolicy.class,
        PhaseOrderPolicy.class,
        ReasonsRequiredPolicy.class,
        OutcomeFollowsFindingsPolicy.class,
        ZienswijzeOnlyBeforeSanctionPolicy.class,
        ZienswijzeBeforeFinePolicy.class,
        ZienswijzeTermPolicy.class,
        FinePolicy.class,
        FourEyesPolicy.class,
        FourEyesNotAuthorPolicy.class,
        FourEyesNoEarlierAuthorPolicy.class,
        FourEyesRolePolicy.class,
        DeterminationWithdrawalPolicy.class,
        SignalSearchByBsnPolicy.class,
        RetentionReferenceDatePolicy.class,
        RetentionSchedulePolicy.class);
  }
}
