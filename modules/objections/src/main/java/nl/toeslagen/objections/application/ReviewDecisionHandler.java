package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.objections.application.ObjectionCommands.ReviewDecision;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Four-eyes review: DecisionReviewPolicy is enforced by the domain (refused = 403, filed under the
 * case); approved → the process sends the decision, rejected → back to drafting, and the author of
 * the draft is notified with the remarks.
 */
@ApplicationScoped
@Transactional
public class ReviewDecisionHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;
  @Inject Notifications notifications;

  public ObjectionView handle(@NotNull @Valid ReviewDecision cmd) {
    boolean approved = cmd.approved();
    String remarks = cmd.remarks();
    boolean none = remarks == null || remarks.isBlank();
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          PolicyDecision d = o.review(change.actor(), approved, remarks);
          change
              .audit(
                  approved ? "DECISION_APPROVED" : "DECISION_REJECTED",
                  (String) null,
                  d.reasonNl() + (none ? "" : " Opmerkingen: " + remarks),
                  d.reasonEn() + (none ? "" : " Remarks: " + remarks))
              .completeTask(
                  ObjectionProcess.TASK_REVIEW,
                  ProcessVariables.of(ObjectionProcess.REVIEW_APPROVED, approved));
          if (!approved) {
            notifications.send(
                ObjectionNotices.draftReturned(o, change.actor().userName(), remarks));
          }
        },
        views::of);
  }
}
