package nl.toeslagen.caselaw.application;

import java.util.Set;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;

/**
 * The contract with {@code bpmn/case-law/signal-escalation.bpmn}: a category that crossed its
 * threshold waits for the team leader's follow-up. Checked against the model by {@code
 * SignalEscalationProcessContractTest}. These names live in running instances: change them only
 * with a migration.
 */
public final class SignalEscalationProcess implements ProcessContract {

  public static final SignalEscalationProcess CONTRACT = new SignalEscalationProcess();

  public static final String PROCESS_KEY = "SignalEscalation";

  public static final String MODEL = "bpmn/case-law/signal-escalation.bpmn";

  /** The escalation's id; also the business key. */
  public static final ProcessVariable<String> ESCALATION_ID =
      ProcessVariable.data("escalationId", String.class);

  /** The category code escalated. */
  public static final ProcessVariable<String> CATEGORY =
      ProcessVariable.data("category", String.class);

  // what the task list shows and searches (the web module's TaskListing)
  public static final ProcessVariable<String> CASE_NUMBER =
      ProcessVariable.data("caseNumber", String.class);
  public static final ProcessVariable<String> CASE_LABEL =
      ProcessVariable.data("caseLabel", String.class);

  /** Who owns the follow-up (set when it is recorded). */
  public static final ProcessVariable<String> FOLLOW_UP_OWNER =
      ProcessVariable.data("followUpOwner", String.class);

  /** The team leader's task: record the follow-up (decision, owner, date). */
  public static final String FOLLOW_UP_TASK = "followUpEscalation";

  private SignalEscalationProcess() {}

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
    return Set.of(ESCALATION_ID, CATEGORY, CASE_NUMBER, CASE_LABEL, FOLLOW_UP_OWNER);
  }

  @Override
  public Set<String> userTasks() {
    return Set.of(FOLLOW_UP_TASK);
  }

  @Override
  public Set<String> stepBeans() {
    return Set.of();
  }
}
