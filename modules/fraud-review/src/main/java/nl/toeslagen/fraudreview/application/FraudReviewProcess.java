package nl.toeslagen.fraudreview.application;

import java.util.Set;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;

/**
 * The contract with {@code bpmn/fraud-review/fraud-review.bpmn}: process key, typed variables, task
 * ids and step bean names, checked against the model by {@code FraudReviewProcessContractTest}.
 * These names live in running instances: change them only with a migration.
 */
public final class FraudReviewProcess implements ProcessContract {

  /** The one instance, for the contract check. */
  public static final FraudReviewProcess CONTRACT = new FraudReviewProcess();

  public static final String PROCESS_KEY = "FraudReview";

  public static final String MODEL = "bpmn/fraud-review/fraud-review.bpmn";

  /** The signal id; also the business key. Read by the steps only. */
  public static final ProcessVariable<String> SIGNAL_ID =
      ProcessVariable.data("signalId", String.class);

  /**
   * Name of the last submitted conclusion (a {@code Conclusion} constant); the gateways read it.
   */
  public static final ProcessVariable<String> CONCLUSION =
      ProcessVariable.routing("conclusion", String.class);

  /** Whether the last review approved the determination; the gateways read it. */
  public static final ProcessVariable<Boolean> APPROVED =
      ProcessVariable.routing("approved", Boolean.class);

  /**
   * The role that may approve the determination just submitted ({@code RequiredApproverRole}, a
   * {@code Role} name): the candidate group of the approval tasks. The domain decides it; the model
   * only offers the task to it.
   */
  public static final ProcessVariable<String> APPROVER_ROLE =
      ProcessVariable.routing("approverRole", String.class);

  // what the task list shows and searches (see the web module's TaskResource); set at the start
  /** The signal's human-readable number, e.g. {@code TZ-2026-000123}. */
  public static final ProcessVariable<String> CASE_NUMBER =
      ProcessVariable.data("caseNumber", String.class);

  /** The number and the benefit in plain Dutch: {@code TZ-2026-000123 · Signaal huurtoeslag}. */
  public static final ProcessVariable<String> CASE_LABEL =
      ProcessVariable.data("caseLabel", String.class);

  /** The citizen's masked BSN ({@code *****4782}). */
  public static final ProcessVariable<String> CITIZEN =
      ProcessVariable.data("citizen", String.class);

  /**
   * The citizen's BSN as its look-up hash ({@code Bsn.lookupHash}), so that the task list finds a
   * signal by the full number without the number being stored in the engine.
   */
  public static final ProcessVariable<String> CITIZEN_BSN_HASH =
      ProcessVariable.data("citizenBsnHash", String.class);

  /** The benefit (a {@code BenefitType} name). */
  public static final ProcessVariable<String> BENEFIT_TYPE =
      ProcessVariable.data("benefitType", String.class);

  /**
   * The term of the open task, if it has one: while a determination waits for approval, the last
   * working day before it counts as stuck ({@code StuckSignals#approvalDueBy}), as an ISO date
   * ({@code 2026-03-17}); null otherwise (the determination and zienswijze tasks have no term of
   * their own).
   */
  public static final ProcessVariable<String> DEADLINE =
      ProcessVariable.data("deadline", String.class);

  public static final String ASSESS_RELEVANCE_TASK = "AssessRelevanceTask";
  public static final String APPROVE_RELEVANCE_TASK = "ApproveRelevanceTask";
  public static final String LEGALITY_INVESTIGATION_TASK = "LegalityInvestigationTask";
  public static final String APPROVE_LEGALITY_TASK = "ApproveLegalityTask";
  public static final String INTENT_ASSESSMENT_TASK = "IntentAssessmentTask";
  public static final String APPROVE_INTENT_TASK = "ApproveIntentTask";
  public static final String REQUEST_ZIENSWIJZE_TASK = "RequestZienswijzeTask";
  public static final String DECIDE_OUTCOME_TASK = "DecideOutcomeTask";
  public static final String APPROVE_OUTCOME_TASK = "ApproveOutcomeTask";

  /**
   * The author withdrew the pending determination: the approval task ends, whoever holds it or is
   * offered it, and the phase's determination task opens again.
   */
  public static final String DETERMINATION_WITHDRAWN = "DeterminationWithdrawn";

  /** Bean name of the step that sends the outcome letter. */
  public static final String INFORM_CITIZEN_STEP = "fraudReviewInformCitizen";

  private FraudReviewProcess() {}

  /** The user task in which the author submits the determination of a phase. */
  public static String determineTask(Phase phase) {
    return switch (phase) {
      case RELEVANTIE -> ASSESS_RELEVANCE_TASK;
      case RECHTMATIGHEID -> LEGALITY_INVESTIGATION_TASK;
      case OPZET_GROVE_SCHULD -> INTENT_ASSESSMENT_TASK;
      case UITKOMST -> DECIDE_OUTCOME_TASK;
      case AFGESLOTEN -> throw new IllegalArgumentException("no task when closed");
    };
  }

  /** The user task in which the second person reviews the determination of a phase. */
  public static String approveTask(Phase phase) {
    return switch (phase) {
      case RELEVANTIE -> APPROVE_RELEVANCE_TASK;
      case RECHTMATIGHEID -> APPROVE_LEGALITY_TASK;
      case OPZET_GROVE_SCHULD -> APPROVE_INTENT_TASK;
      case UITKOMST -> APPROVE_OUTCOME_TASK;
      case AFGESLOTEN -> throw new IllegalArgumentException("no task when closed");
    };
  }

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
    return Set.of(DETERMINATION_WITHDRAWN);
  }

  @Override
  public Set<ProcessVariable<?>> variables() {
    return Set.of(
        SIGNAL_ID,
        CONCLUSION,
        APPROVED,
        APPROVER_ROLE,
        CASE_NUMBER,
        CASE_LABEL,
        CITIZEN,
        CITIZEN_BSN_HASH,
        BENEFIT_TYPE,
        DEADLINE);
  }

  @Override
  public Set<String> userTasks() {
    return Set.of(
        ASSESS_RELEVANCE_TASK,
        APPROVE_RELEVANCE_TASK,
        LEGALITY_INVESTIGATION_TASK,
        APPROVE_LEGALITY_TASK,
        INTENT_ASSESSMENT_TASK,
        APPROVE_INTENT_TASK,
        REQUEST_ZIENSWIJZE_TASK,
        DECIDE_OUTCOME_TASK,
        APPROVE_OUTCOME_TASK);
  }

  @Override
  public Set<String> stepBeans() {
    return Set.of(INFORM_CITIZEN_STEP);
  }
}
