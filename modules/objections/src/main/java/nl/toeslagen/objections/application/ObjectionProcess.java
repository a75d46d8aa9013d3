package nl.toeslagen.objections.application;

/** Names shared with {@code bpmn/objections/objection-handling.bpmn}: treat them as contracts. */
public final class ObjectionProcess {

  public static final String PROCESS_KEY = "ObjectionHandling";

  // variables
  public static final String OBJECTION_ID = "objectionId";
  public static final String ADMISSIBILITY = "admissibility";
  public static final String HEARING_SKIPPED = "hearingSkipped";
  public static final String REVIEW_REQUIRED = "reviewRequired";
  public static final String REVIEW_APPROVED = "reviewApproved";
  public static final String REMINDER_AT = "reminderAt";
  public static final String ESCALATION_AT = "escalationAt";
  public static final String DECISION_DUE_AT = "decisionDueAt";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  // variables the task list shows (see the web module's TaskResource)
  public static final String CASE_LABEL = "caseLabel";
  public static final String CITIZEN = "citizen";
  public static final String BENEFIT_TYPE = "benefitType";

  // messages
  public static final String MESSAGE_WITHDRAWN = "ObjectionWithdrawn";
  public static final String MESSAGE_DEADLINE_CHANGED = "ObjectionDeadlineChanged";

  // user tasks
  public static final String TASK_ADMISSIBILITY = "AssessAdmissibilityTask";
  public static final String TASK_AWAIT_REPAIR = "AwaitRepairTask";
  public static final String TASK_CONTACT = "ProactiveContactTask";
  public static final String TASK_HEARING = "HearingTask";
  public static final String TASK_HOLD_HEARING = "HoldHearingTask";
  public static final String TASK_DRAFT = "DraftDecisionTask";
  public static final String TASK_REVIEW = "ReviewDecisionTask";

  private ObjectionProcess() {}
}
