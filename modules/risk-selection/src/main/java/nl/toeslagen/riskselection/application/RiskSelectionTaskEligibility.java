package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.TreeSet;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.TaskEligibility;
import nl.toeslagen.riskselection.domain.Approval;
import nl.toeslagen.riskselection.domain.ApprovalStep;
import nl.toeslagen.riskselection.domain.ApproverIndependencePolicy;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;

/**
 * Who may work a rule set's approval task: the author never, an earlier approver not before the
 * rule set is active ({@link ApproverIndependencePolicy}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RiskSelectionTaskEligibility implements TaskEligibility {

  @Inject RuleSetRepository ruleSets;

  @Override
  public Set<String> processKeys() {
    return Set.of(RuleSetApprovalProcess.PROCESS_KEY);
  }

  @Override
  public String objectType() {
    return RuleSetId.OBJECT_TYPE;
  }

  @Override
  public PolicyDecision mayWork(String caseId, String taskKey, Actor user) {
    RuleSet ruleSet =
        ruleSets
            .find(RuleSetId.ofPath(caseId))
            .orElseThrow(() -> new NotFoundException(RuleSetId.OBJECT_TYPE, caseId));
    return new ApproverIndependencePolicy().evaluate(ruleSet, step(taskKey), user);
  }

  @Override
  public Set<String> excludedUsers(String caseId, String taskKey) {
    RuleSet ruleSet = ruleSets.find(RuleSetId.ofPath(caseId)).orElse(null);
    if (ruleSet == null) {
      return Set.of();
    }
    Set<String> excluded = new TreeSet<>();
    excluded.add(ruleSet.owner());
    if (step(taskKey) != ApprovalStep.SUSPENSION_REVIEW) {
      for (Approval a : ruleSet.approvals()) {
        if (a.step() != ApprovalStep.SUSPENSION_REVIEW) {
          excluded.add(a.actor());
        }
      }
    }
    return Set.copyOf(excluded);
  }

  static ApprovalStep step(String taskKey) {
    return switch (taskKey) {
      case RuleSetApprovalProcess.PRIVACY_REVIEW_TASK -> ApprovalStep.PRIVACY_REVIEW;
      case RuleSetApprovalProcess.IMPACT_ASSESSMENT_TASK -> ApprovalStep.IMPACT_ASSESSMENT;
      case RuleSetApprovalProcess.PROFESSIONAL_APPROVAL_TASK -> ApprovalStep.PROFESSIONAL_APPROVAL;
      default -> ApprovalStep.SUSPENSION_REVIEW;
    };
  }
}
