package nl.toeslagen.fraudreview.application;

import nl.toeslagen.fraudreview.domain.Phase;

/**
 * The contract with {@code bpmn/fraud-review/fraud-review.bpmn}: process key, variable names, task
 * ids and step bean names. These names live in running instances: change them only with a
 * migration.
 */
public final class FraudReviewProcess {

  public static final String PROCESS_KEY = "FraudReview";

  /** The signal id; also the business key. */
  public static final String SIGNAL_ID = "signalId";

  /** Name of the last submitted conclusion (a {@code Conclusion} constant). */
  public static final String CONCLUSION = "conclusion";

  /** Whether the last review approved the determination. */
  public static final String APPROVED = "approved";

  public static final String REQUEST_ZIENSWIJZE_TASK = "RequestZienswijzeTask";

  /** Bean name of the step that sends the outcome letter. */
  public static final String INFORM_CITIZEN_STEP = "fraudReviewInformCitizen";

  private FraudReviewProcess() {}

  /** The user task in which the author submits the determination of a phase. */
  public static String determineTask(Phase phase) {
    return switch (phase) {
      case RELEVANTIE -> "AssessRelevanceTask";
      case RECHTMATIGHEID -> "LegalityInvestigationTask";
      case OPZET_GROVE_SCHULD -> "IntentAssessmentTask";
      case UITKOMST -> "DecideOutcomeTask";
      case AFGESLOTEN -> throw new IllegalArgumentException("no task when closed");
    };
  }

  /** The user task in which the second person reviews the determination of a phase. */
  public static String approveTask(Phase phase) {
    return switch (phase) {
      case RELEVANTIE -> "ApproveRelevanceTask";
      case RECHTMATIGHEID -> "ApproveLegalityTask";
      case OPZET_GROVE_SCHULD -> "ApproveIntentTask";
      case UITKOMST -> "ApproveOutcomeTask";
      case AFGESLOTEN -> throw new IllegalArgumentException("no task when closed");
    };
  }
}
