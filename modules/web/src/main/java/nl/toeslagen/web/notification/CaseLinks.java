package nl.toeslagen.web.notification;

import java.util.Map;
import nl.toeslagen.fraudreview.application.FraudReviewProcess;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.objections.application.ObjectionProcess;

/**
 * Where a case lives: the workflow of a process (by its key) and the UI route of a case (the hash
 * routes of {@code /app/}).
 */
public final class CaseLinks {

  private static final Map<String, String> WORKFLOWS =
      Map.of(
          ObjectionProcess.PROCESS_KEY, Notice.OBJECTIONS,
          FraudReviewProcess.PROCESS_KEY, Notice.FRAUD_REVIEW);

  private static final Map<String, String> ROUTES =
      Map.of(Notice.OBJECTIONS, "#/bezwaren/", Notice.FRAUD_REVIEW, "#/signalen/");

  private CaseLinks() {}

  /** The workflow of the process {@code processKey}; the key itself for a process not listed. */
  public static String workflowOf(String processKey) {
    return WORKFLOWS.getOrDefault(processKey, processKey);
  }

  /** The UI route of a case, e.g. {@code #/bezwaren/<id>}; null for an unknown workflow. */
  public static String href(String workflow, String caseId) {
    String route = workflow == null ? null : ROUTES.get(workflow);
    return route == null || caseId == null ? null : route + caseId;
  }
}
