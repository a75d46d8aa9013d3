package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.fraudreview.application.SignalCommands.RecordZienswijze;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.Zienswijze;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The citizen's view (zienswijze) is recorded after intent or gross negligence was approved: the
 * view received, or, once the period to respond lapsed, that none came ({@code responded: false};
 * 409 before). After a request through this system {@code requestedOn} may be left out.
 */
@ApplicationScoped
@Transactional
public class RecordZienswijzeHandler {

  @Inject UnitOfWork work;
  @Inject SignalRepository signals;
  @Inject SignalAnswers answers;
  @Inject ActorProvider actors;
  @Inject LegalCalendar calendar;

  public SignalDetails handle(String signalId, RecordZienswijze cmd) {
    return work.change(
        SignalCase.kind(signals),
        SignalId.ofPath(signalId),
        (signal, change) -> {
          // after a request through this system its date is the date asked
          Zienswijze zienswijze =
              new Zienswijze(
                  cmd.requestedOn() == null && signal.zienswijzeRequest() != null
                      ? signal.zienswijzeRequest().requestedOn()
                      : cmd.requestedOn(),
                  change.today(),
                  Boolean.TRUE.equals(cmd.responded()),
                  cmd.summary(),
                  change.actor().userName());
          signal.recordZienswijze(zienswijze, change.actor(), calendar);
          SignalCase.note(
              change,
              "ZIENSWIJZE_RECORDED",
              "BWBR0005537 art. 4:8",
              "Gevraagd op/asked on "
                  + zienswijze.requestedOn()
                  + (zienswijze.responded()
                      ? "; zienswijze gegeven/view given"
                      : "; geen reactie/no response"));
          change.completeTask(FraudReviewProcess.REQUEST_ZIENSWIJZE_TASK, ProcessVariables.none());
        },
        signal -> answers.details(signal, actors.current()));
  }
}
