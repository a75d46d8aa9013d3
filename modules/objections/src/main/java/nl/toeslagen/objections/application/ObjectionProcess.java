package nl.toeslagen.objections.application;

import java.util.Date;
import java.util.Set;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;

/**
 * The contract with {@code bpmn/objections/objection-handling.bpmn}: process key, messages, typed
 * variables, user-task keys and step beans. Every name lives in running instances; {@code
 * ObjectionProcessContractTest} checks this class against the model.
 */
public final class ObjectionProcess implements ProcessContract {

  /** The one instance, for the handlers, the steps and the contract test. */
  public static final ObjectionProcess CONTRACT = new ObjectionProcess();

  public static final String PROCESS_KEY = "ObjectionHandling";
  public static final String MODEL = "bpmn/objections/objection-handling.bpmn";

  // routing variables: the model reads them
  /** The admissibility outcome (an {@code AdmissibilityOutcome} name) the gateway routes on. */
  public static final ProcessVariable<String> ADMISSIBILITY =
      ProcessVariable.routing("admissibility", String.class);

  public static final ProcessVariable<Boolean> HEARING_SKIPPED =
      ProcessVariable.routing("hearingSkipped", Boolean.class);

  /** From {@code DecisionReviewRequiredPolicy}. */
  public static final ProcessVariable<Boolean> REVIEW_REQUIRED =
      ProcessVariable.routing("reviewRequired", Boolean.class);

  public static final ProcessVariable<Boolean> REVIEW_APPROVED =
      ProcessVariable.routing("reviewApproved", Boolean.class);

  /** Timer dates from {@code ObjectionTerms}: reminder, escalation, the deadline itself. */
  public static final ProcessVariable<Date> REMINDER_AT =
      ProcessVariable.routing("reminderAt", Date.class);

  public static final ProcessVariable<Date> ESCALATION_AT =
      ProcessVariable.routing("escalationAt", Date.class);

  public static final ProcessVariable<Date> DECISION_DUE_AT =
      ProcessVariable.routing("decisionDueAt", Date.class);

  /**
   * How long after a missed-deadline report the next one follows (ISO-8601, from {@code
   * OverdueReportPolicy}); null ends the deadline watch.
   */
  public static final ProcessVariable<String> OVERDUE_REPEAT_AFTER =
      ProcessVariable.routing("overdueRepeatAfter", String.class);

  /** Whether the handler must set the penalty by decision after the decision (Awb 4:18). */
  public static final ProcessVariable<Boolean> PENALTY_DECISION_REQUIRED =
      ProcessVariable.routing("penaltyDecisionRequired", Boolean.class);

  /** The last day to set the penalty (two weeks after its last day due, Algemene termijnenwet). */
  public static final ProcessVariable<Date> PENALTY_DECISION_DUE_AT =
      ProcessVariable.routing("penaltyDecisionDueAt", Date.class);

  /**
   * The moment the penalty has reached its cap while the case is still open (the start of the day
   * after its last possible day); set with the notice of default.
   */
  public static final ProcessVariable<Date> PENALTY_CAP_REACHED_AT =
      ProcessVariable.routing("penaltyCapReachedAt", Date.class);

  // data variables: only the application reads them
  public static final ProcessVariable<String> OBJECTION_ID =
      ProcessVariable.data("objectionId", String.class);

  public static final ProcessVariable<String> WITHDRAWAL_REASON =
      ProcessVariable.data("withdrawalReason", String.class);

  /** What the task list shows (see the web module's TaskResource). */
  public static final ProcessVariable<String> CASE_LABEL =
      ProcessVariable.data("caseLabel", String.class);

  public static final ProcessVariable<String> CITIZEN =
      ProcessVariable.data("citizen", String.class);

  public static final ProcessVariable<String> BENEFIT_TYPE =
      ProcessVariable.data("benefitType", String.class);

  /**
   * The case number ({@code BZ-2026-000123}); instances started before it read it from the label.
   */
  public static final ProcessVariable<String> CASE_NUMBER =
      ProcessVariable.data("caseNumber", String.class);

  /**
   * The citizen's BSN as its look-up hash ({@code Bsn.lookupHash}): the task list finds a case by
   * the full number without the number being stored in the engine.
   */
  public static final ProcessVariable<String> CITIZEN_BSN_HASH =
      ProcessVariable.data("citizenBsnHash", String.class);

  // messages
  public static final String MESSAGE_WITHDRAWN = "ObjectionWithdrawn";
  public static final String MESSAGE_DEADLINE_CHANGED = "ObjectionDeadlineChanged";

  /** A counting notice of default was registered: the penalty watch starts (Awb 4:17, 4:18). */
  public static final String MESSAGE_NOTICE_OF_DEFAULT = "ObjectionNoticeOfDefault";

  // user tasks
  public static final String TASK_ADMISSIBILITY = "AssessAdmissibilityTask";
  public static final String TASK_AWAIT_REPAIR = "AwaitRepairTask";
  public static final String TASK_CONTACT = "ProactiveContactTask";
  public static final String TASK_HEARING = "HearingTask";
  public static final String TASK_HOLD_HEARING = "HoldHearingTask";
  public static final String TASK_DRAFT = "DraftDecisionTask";
  public static final String TASK_REVIEW = "ReviewDecisionTask";
  public static final String TASK_SET_PENALTY = "SetPenaltyTask";

  /** The penalty reached its cap while the case is still open: set it now (Awb 4:18). */
  public static final String TASK_SET_PENALTY_OPEN_CASE = "SetPenaltyOpenCaseTask";

  // step beans (the service tasks' delegate expressions)
  public static final String STEP_SEND_ACKNOWLEDGEMENT = "objectionsSendAcknowledgement";
  public static final String STEP_SEND_REPAIR_REQUEST = "objectionsSendRepairRequest";
  public static final String STEP_SEND_HEARING_INVITATION = "objectionsSendHearingInvitation";
  public static final String STEP_SEND_DECISION = "objectionsSendDecision";
  public static final String STEP_SEND_REMINDER = "objectionsSendReminder";
  public static final String STEP_ESCALATE = "objectionsEscalate";
  public static final String STEP_DEADLINE_PASSED = "objectionsDeadlinePassed";
  public static final String STEP_RECORD_WITHDRAWAL = "objectionsRecordWithdrawal";
  public static final String STEP_PENALTY_DECISION_OVERDUE = "objectionsPenaltyDecisionOverdue";

  private ObjectionProcess() {}

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
    return Set.of(MESSAGE_WITHDRAWN, MESSAGE_DEADLINE_CHANGED, MESSAGE_NOTICE_OF_DEFAULT);
  }

  @Override
  public Set<ProcessVariable<?>> variables() {
    return Set.of(
        ADMISSIBILITY,
        HEARING_SKIPPED,
        REVIEW_REQUIRED,
        REVIEW_APPROVED,
        REMINDER_AT,
        ESCALATION_AT,
        DECISION_DUE_AT,
        OVERDUE_REPEAT_AFTER,
        PENALTY_DECISION_REQUIRED,
        PENALTY_DECISION_DUE_AT,
        PENALTY_CAP_REACHED_AT,
        OBJECTION_ID,
        WITHDRAWAL_REASON,
        CASE_LABEL,
        CITIZEN,
        BENEFIT_TYPE,
        CASE_NUMBER,
        CITIZEN_BSN_HASH);
  }

  @Override
  public Set<String> userTasks() {
    return Set.of(
        TASK_ADMISSIBILITY,
        TASK_AWAIT_REPAIR,
        TASK_CONTACT,
        TASK_HEARING,
        TASK_HOLD_HEARING,
        TASK_DRAFT,
        TASK_REVIEW,
        TASK_SET_PENALTY,
        TASK_SET_PENALTY_OPEN_CASE);
  }

  @Override
  public Set<String> stepBeans() {
    return Set.of(
        STEP_SEND_ACKNOWLEDGEMENT,
        STEP_SEND_REPAIR_REQUEST,
        STEP_SEND_HEARING_INVITATION,
        STEP_SEND_DECISION,
        STEP_SEND_REMINDER,
        STEP_ESCALATE,
        STEP_DEADLINE_PASSED,
        STEP_RECORD_WITHDRAWAL,
        STEP_PENALTY_DECISION_OVERDUE);
  }
}
