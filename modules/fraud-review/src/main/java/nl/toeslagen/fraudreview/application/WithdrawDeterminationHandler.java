package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.fraudreview.application.SignalCommands.WithdrawDetermination;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The author withdraws a determination that waits for approval (e.g. because nobody may approve
 * it), with a reason; the process ends the approval task (message {@code DeterminationWithdrawn})
 * and the phase's determination task opens again.
 */
@ApplicationScoped
@Transactional
public class WithdrawDeterminationHandler {

  /** The column that keeps the reason (fr_determination.review_reasons) holds 4,000 characters. */
  static final int MAX_WITHDRAWAL_REASON = 4000;

  @Inject UnitOfWork work;
  @Inject SignalRepository signals;
  @Inject SignalAnswers answers;
  @Inject ActorProvider actors;

  public SignalDetails handle(String signalId, String determinationId, WithdrawDetermination cmd) {
    String reason = cmd == null ? null : cmd.reason();
    return work.change(
        SignalCase.kind(signals),
        SignalId.ofPath(signalId),
        (signal, change) -> {
          signal.mayWithdraw(determinationId, change.actor()).enforce();
          SignalCase.requireReasons(reason, "reason", "DETERMINATION_WITHDRAWAL_REFUSED");
          if (reason.strip().length() > MAX_WITHDRAWAL_REASON) {
            throw new ValidationException(
                "reason",
                "De reden heeft hoogstens " + MAX_WITHDRAWAL_REASON + " tekens.",
                "The reason has at most " + MAX_WITHDRAWAL_REASON + " characters.");
          }
          Determination d = signal.withdraw(determinationId, change.actor(), reason, change.now());
          SignalCase.note(
              change,
              "DETERMINATION_WITHDRAWN",
              null,
              SignalCase.describe(d)
                  + "; ingetrokken door de opsteller/withdrawn by its author: "
                  + d.reviewReasons());
          // not a review: the approval task is offered to the approvers, not to the author, so the
          // withdrawal interrupts it (a message), whoever holds it
          change.correlate(
              FraudReviewProcess.DETERMINATION_WITHDRAWN,
              ProcessVariables.of(FraudReviewProcess.DEADLINE, null));
        },
        signal -> answers.details(signal, actors.current()));
  }
}
