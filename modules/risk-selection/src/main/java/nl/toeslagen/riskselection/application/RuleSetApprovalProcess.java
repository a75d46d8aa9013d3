package nl.toeslagen.riskselection.application;

import java.util.Set;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;

/**
 * The contract with {@code bpmn/risk-selection/rule-set-approval.bpmn}: process key, variables,
 * task ids and messages, checked against the model by {@code RuleSetApprovalProcessContractTest}.
 * These names live in running instances: change them only with a migration.
 */
public final class RuleSetApprovalProcess implements ProcessContract {

  public static final RuleSetApprovalProcess CONTRACT = new RuleSetApprovalProcess();

  public static final String PROCESS_KEY = "RuleSetApproval";

  public static final String MODEL = "bpmn/risk-selection/rule-set-approval.bpmn";

  /** The rule-set version's id; also the business key. */
  public static final ProcessVariable<String> RULE_SET_ID =
      ProcessVariable.data("ruleSetId", String.class);

  /** Whether the last review approved (or, in the suspension review, reinstated). */
  public static final ProcessVariable<Boolean> APPROVED =
      ProcessVariable.routing("approved", Boolean.class);

  // what the task list shows and searches (the web module's TaskResource)
  /** The rule set's name and version, e.g. {@code Selectie KOT · versie 2}. */
  public static final ProcessVariable<String> CASE_LABEL =
      ProcessVariable.data("caseLabel", String.class);

  public static final String PRIVACY_REVIEW_TASK = "PrivacyReviewTask";
  public static final String IMPACT_ASSESSMENT_TASK = "ImpactAssessmentTask";
  public static final String PROFESSIONAL_APPROVAL_TASK = "ProfessionalApprovalTask";
  public static final String SUSPENSION_REVIEW_TASK = "SuspensionReviewTask";

  /** Bias monitoring or a person suspended the active rule set. */
  public static final String RULE_SET_SUSPENDED = "RuleSetSuspended";

  /** The active rule set was taken out of use. */
  public static final String RULE_SET_RETIRED = "RuleSetRetired";

  private RuleSetApprovalProcess() {}

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public String modelResource() {
    return MODEL;
  }

  @Override
  public Set<String> messages() {
    return Set.of(RULE_SET_SUSPENDED, RULE_SET_RETIRED);
  }

  @Override
  public Set<ProcessVariable<?>> variables() {
    return Set.of(RULE_SET_ID, APPROVED, CASE_LABEL);
  }

  @Override
  public Set<String> userTasks() {
    return Set.of(
        PRIVACY_REVIEW_TASK,
        IMPACT_ASSESSMENT_TASK,
        PROFESSIONAL_APPROVAL_TASK,
        SUSPENSION_REVIEW_TASK);
  }

  @Override
  public Set<String> stepBeans() {
    return Set.of();
  }
}
