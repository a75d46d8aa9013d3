package nl.toeslagen.caselaw.application;

import java.util.Set;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;

/**
 * The contract with {@code bpmn/case-law/appeal.bpmn}: process key, message, variables and task
 * ids, checked against the model by {@code AppealProcessContractTest}. These names live in running
 * instances: change them only with a migration.
 */
public final class AppealProcess implements ProcessContract {

  public static final AppealProcess CONTRACT = new AppealProcess();

  public static final String PROCESS_KEY = "Appeal";

  public static final String MODEL = "bpmn/case-law/appeal.bpmn";

  /** The ruling of the court arrived from the rulings register. */
  public static final String RULING_MESSAGE = "AppealRuling";

  /** The appeal's id; also the business key. */
  public static final ProcessVariable<String> APPEAL_ID =
      ProcessVariable.data("appealId", String.class);

  /** {@code BEROEP} or {@code HOGER_BEROEP}: a higher appeal goes to the check first. */
  public static final ProcessVariable<String> LEVEL =
      ProcessVariable.routing("level", String.class);

  /** Whether the check found the question solvable with the citizen (the appeal ends settled). */
  public static final ProcessVariable<Boolean> SOLVABLE =
      ProcessVariable.routing("solvable", Boolean.class);

  // what the task list shows and searches (the web module's TaskListing)
  public static final ProcessVariable<String> CASE_NUMBER =
      ProcessVariable.data("caseNumber", String.class);
  public static final ProcessVariable<String> CASE_LABEL =
      ProcessVariable.data("caseLabel", String.class);
  public static final ProcessVariable<String> DEADLINE =
      ProcessVariable.data("deadline", String.class);

  public static final String CHECK_TASK = "professionalLineCheck";
  public static final String DEFENCE_TASK = "statementOfDefence";
  public static final String HEARING_TASK = "hearing";

  private AppealProcess() {}

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
    return Set.of(RULING_MESSAGE);
  }

  @Override
  public Set<ProcessVariable<?>> variables() {
    return Set.of(APPEAL_ID, LEVEL, SOLVABLE, CASE_NUMBER, CASE_LABEL, DEADLINE);
  }

  @Override
  public Set<String> userTasks() {
    return Set.of(CHECK_TASK, DEFENCE_TASK, HEARING_TASK);
  }

  @Override
  public Set<String> stepBeans() {
    return Set.of();
  }
}
