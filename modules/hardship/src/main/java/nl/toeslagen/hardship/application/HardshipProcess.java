package nl.toeslagen.hardship.application;

import java.util.Date;
import java.util.Set;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;

/**
 * The contract with {@code bpmn/hardship/hardship-request.bpmn}: process key, variables, task ids
 * and step beans, checked against the model by {@code HardshipProcessContractTest}. These names
 * live in running instances: change them only with a migration.
 */
public final class HardshipProcess implements ProcessContract {

  public static final HardshipProcess CONTRACT = new HardshipProcess();

  public static final String PROCESS_KEY = "HardshipRequest";

  public static final String MODEL = "bpmn/hardship/hardship-request.bpmn";

  /** The request's id; also the business key. */
  public static final ProcessVariable<String> REQUEST_ID =
      ProcessVariable.data("requestId", String.class);

  /** The track the triage chose ({@code URGENT} or {@code REGULAR}). */
  public static final ProcessVariable<String> TRACK =
      ProcessVariable.routing("track", String.class);

  /** Whether the assessment needs the professional line's review (refusal, partial grant). */
  public static final ProcessVariable<Boolean> REVIEW_REQUIRED =
      ProcessVariable.routing("reviewRequired", Boolean.class);

  /** Whether the review approved the assessment. */
  public static final ProcessVariable<Boolean> APPROVED =
      ProcessVariable.routing("approved", Boolean.class);

  /** End of the triage's working day (the timer escalates then). */
  public static final ProcessVariable<Date> TRIAGE_DUE_AT =
      ProcessVariable.routing("triageDueAt", Date.class);

  /** End of the urgent contact's working day. */
  public static final ProcessVariable<Date> CONTACT_DUE_AT =
      ProcessVariable.routing("contactDueAt", Date.class);

  // what the task list shows and searches (the web module's TaskListing)
  public static final ProcessVariable<String> CASE_NUMBER =
      ProcessVariable.data("caseNumber", String.class);
  public static final ProcessVariable<String> CASE_LABEL =
      ProcessVariable.data("caseLabel", String.class);
  public static final ProcessVariable<String> CITIZEN =
      ProcessVariable.data("citizen", String.class);
  public static final ProcessVariable<String> CITIZEN_BSN_HASH =
      ProcessVariable.data("citizenBsnHash", String.class);
  public static final ProcessVariable<String> BENEFIT_TYPE =
      ProcessVariable.data("benefitType", String.class);
  public static final ProcessVariable<String> DEADLINE =
      ProcessVariable.data("deadline", String.class);

  public static final String TRIAGE_TASK = "TriageTask";
  public static final String URGENT_CONTACT_TASK = "UrgentContactTask";
  public static final String ASSESSMENT_TASK = "AssessmentTask";
  public static final String REVIEW_TASK = "ReviewTask";

  public static final String STEP_ESCALATE_TRIAGE = "hardshipEscalateTriage";
  public static final String STEP_ESCALATE_CONTACT = "hardshipEscalateContact";
  public static final String STEP_SEND_DECISION = "hardshipSendDecision";

  private HardshipProcess() {}

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
    return Set.of();
  }

  @Override
  public Set<ProcessVariable<?>> variables() {
    return Set.of(
        REQUEST_ID,
        TRACK,
        REVIEW_REQUIRED,
        APPROVED,
        TRIAGE_DUE_AT,
        CONTACT_DUE_AT,
        CASE_NUMBER,
        CASE_LABEL,
        CITIZEN,
        CITIZEN_BSN_HASH,
        BENEFIT_TYPE,
        DEADLINE);
  }

  @Override
  public Set<String> userTasks() {
    return Set.of(TRIAGE_TASK, URGENT_CONTACT_TASK, ASSESSMENT_TASK, REVIEW_TASK);
  }

  @Override
  public Set<String> stepBeans() {
    return Set.of(STEP_ESCALATE_TRIAGE, STEP_ESCALATE_CONTACT, STEP_SEND_DECISION);
  }
}
