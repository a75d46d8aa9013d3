package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.fraudreview.application.SignalCommands.DeterminationReview;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * A second person approves (the determination takes effect, the signal moves on) or rejects (back
 * to its author, who is notified) a pending determination, under the four-eyes rules.
 */
@ApplicationScoped
@Transactional
public class ReviewDeterminationHandler {

  @Inject UnitOfWork work;
  @Inject SignalRepository signals;
  @Inject SignalAnswers answers;
  @Inject ActorProvider actors;
  @Inject Notifications notifications;

  public SignalDetails handle(String signalId, String determinationId, DeterminationReview cmd) {
    return work.change(
        SignalCase.kind(signals),
        SignalId.ofPath(signalId),
        (signal, change) -> {
          if (cmd.approved() == null) {
            throw new ValidationException(
                "approved",
                "Geef aan of u goedkeurt of afwijst.",
                "State whether you approve or reject.");
          }
          SignalCase.requireReasons(cmd.reasons(), "reasons", "DETERMINATION_REVIEW_REFUSED");
          boolean approved = cmd.approved();
          Determination d =
              signal.review(determinationId, change.actor(), approved, cmd.reasons(), change.now());
          SignalCase.note(
              change,
              approved ? "DETERMINATION_APPROVED" : "DETERMINATION_REJECTED",
              SignalCase.legalBasis(d),
              SignalCase.describe(d)
                  + "; opsteller/author "
                  + d.author()
                  + (approved ? "; goedgekeurd/approved: " : "; terug naar opsteller/returned: ")
                  + d.reviewReasons());
          if (!approved) {
            notifications.send(SignalNotices.returned(signal, d));
          }
          if (signal.isClosed()) {
            SignalCase.note(
                change, "SIGNAL_CLOSED", SignalCase.legalBasis(d), signal.closureReason());
          }
          change.completeTask(
              FraudReviewProcess.approveTask(d.phase()),
              ProcessVariables.of(FraudReviewProcess.APPROVED, approved)
                  .and(FraudReviewProcess.CONCLUSION, d.conclusion().name())
                  // the next task (a determination, the zienswijze) has no term of its own
                  .and(FraudReviewProcess.DEADLINE, null));
        },
        signal -> answers.details(signal, actors.current()));
  }
}
