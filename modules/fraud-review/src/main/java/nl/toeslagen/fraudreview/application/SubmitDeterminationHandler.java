package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.application.SignalViews.DeterminationView;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The author submits the determination of the signal's phase; it waits for a second person. The
 * role that may approve it ({@link RequiredApproverRole}) goes to the process as {@code
 * approverRole}, the candidate group of the approval task. When nobody may approve it, the author
 * is told and the audit trail says so; nothing else changes. The approvers' role is notified.
 */
@ApplicationScoped
@Transactional
public class SubmitDeterminationHandler {

  @Inject UnitOfWork work;
  @Inject SignalRepository signals;
  @Inject SignalAnswers answers;
  @Inject ActorProvider actors;
  @Inject Notifications notifications;
  @Inject StuckSignals stuck;

  public DeterminationView handle(String signalId, SubmitDetermination cmd) {
    String determinationId = UUID.randomUUID().toString();
    AtomicReference<List<String>> approvers = new AtomicReference<>();
    return work.change(
        SignalCase.kind(signals),
        SignalId.ofPath(signalId),
        (signal, change) -> {
          SignalCase.requireReasons(cmd.reasons(), "reasons", "DETERMINATION_REFUSED");
          Determination d =
              signal.propose(
                  determinationId,
                  SignalCase.draft(cmd),
                  change.actor(),
                  change.now(),
                  change.today());
          SignalCase.note(
              change,
              "DETERMINATION_SUBMITTED",
              SignalCase.legalBasis(d),
              SignalCase.describe(d)
                  + (d.fine() == null ? "" : "; boetevoorstel/fine proposal " + d.fine().amount()));
          change.completeTask(
              FraudReviewProcess.determineTask(d.phase()),
              ProcessVariables.of(FraudReviewProcess.CONCLUSION, d.conclusion().name())
                  .and(
                      FraudReviewProcess.APPROVER_ROLE,
                      RequiredApproverRole.of(d.phase(), d.conclusion()).name())
                  .and(
                      FraudReviewProcess.DEADLINE, stuck.approvalDueBy(change.today()).toString()));
          notifications.send(SignalNotices.reviewRequested(signal, d));
          approvers.set(answers.approvers(signal, d));
          if (approvers.get() != null && approvers.get().isEmpty()) {
            // the author is told (answer, case view) and the manager sees it as stuck
            SignalCase.note(
                change,
                "DETERMINATION_HAS_NO_ELIGIBLE_APPROVER",
                null,
                "Vaststelling/determination "
                    + d.id()
                    + ": "
                    + DeterminationView.noApproverNl(d)
                    + " / "
                    + DeterminationView.noApproverEn(d));
          }
        },
        signal ->
            DeterminationView.of(
                signal, signal.determination(determinationId), actors.current(), approvers.get()));
  }
}
