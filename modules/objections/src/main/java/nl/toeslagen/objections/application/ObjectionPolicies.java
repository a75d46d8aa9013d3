package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.kernel.PolicySet;
import nl.toeslagen.objections.domain.AddedGroundPolicy;
import nl.toeslagen.objections.domain.AdmissibilityPolicy;
import nl.toeslagen.objections.domain.DecisionReasoningPolicy;
import nl.toeslagen.objections.domain.DecisionReviewPolicy;
import nl.toeslagen.objections.domain.DecisionReviewRequiredPolicy;
import nl.toeslagen.objections.domain.ExcusableLatenessPolicy;
import nl.toeslagen.objections.domain.HearingBeforeDecisionPolicy;
import nl.toeslagen.objections.domain.HearingDatePolicy;
import nl.toeslagen.objections.domain.HearingReportDatePolicy;
import nl.toeslagen.objections.domain.NoticeOfDefaultPolicy;
import nl.toeslagen.objections.domain.OpenCasePolicy;
import nl.toeslagen.objections.domain.OverdueReportPolicy;
import nl.toeslagen.objections.domain.PenaltyDecisionPolicy;
import nl.toeslagen.objections.domain.PenaltyPolicy;
import nl.toeslagen.objections.domain.ProFormaObjectionPolicy;
import nl.toeslagen.objections.domain.RepairPeriodPolicy;
import nl.toeslagen.objections.domain.TermChangePolicy;
import nl.toeslagen.objections.domain.TimelinessPolicy;
import nl.toeslagen.objections.domain.WithdrawalPolicy;

/**
 * Every named policy of objection handling, for the policy catalogue ({@code GET /api/policies}).
 */
@ApplicationScoped
public class ObjectionPolicies implements PolicySet {

  @Override
  public String context() {
    return "objections";
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        TimelinessPolicy.class,
        ExcusableLatenessPolicy.class,
        AdmissibilityPolicy.class,
        RepairPeriodPolicy.class,
        HearingDatePolicy.class,
        HearingBeforeDecisionPolicy.class,
        DecisionReasoningPolicy.class,
        DecisionReviewRequiredPolicy.class,
        DecisionReviewPolicy.class,
        TermChangePolicy.class,
        NoticeOfDefaultPolicy.class,
        PenaltyPolicy.class,
        PenaltyDecisionPolicy.class,
        OverdueReportPolicy.class,
        OpenCasePolicy.class,
        ProFormaObjectionPolicy.class,
        AddedGroundPolicy.class,
        HearingReportDatePolicy.class,
        WithdrawalPolicy.class);
  }
}
