package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.toeslagen.fraudreview.application.SignalCommands.RequestZienswijze;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.ZienswijzeRequest;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * Asks the citizen for their view (zienswijze) after intent or gross negligence was approved: a
 * letter with the facts, the intended fine and the last day to respond (Awb art. 4:8, 5:53 lid 3),
 * rendered after commit, once. The process task stays open until the view (or that none came after
 * the period) is recorded.
 */
@ApplicationScoped
@Transactional
public class RequestZienswijzeHandler {

  @Inject UnitOfWork work;
  @Inject SignalRepository signals;
  @Inject SignalAnswers answers;
  @Inject ActorProvider actors;
  @Inject LegalCalendar calendar;

  public SignalDetails handle(String signalId, RequestZienswijze cmd) {
    return work.change(
        SignalCase.kind(signals),
        SignalId.ofPath(signalId),
        (signal, change) -> {
          List<String> facts =
              cmd.facts() == null
                  ? List.of()
                  : cmd.facts().stream().filter(f -> f != null && !f.isBlank()).toList();
          ZienswijzeRequest request =
              signal.requestZienswijze(
                  facts,
                  cmd.intendedFine() == null
                      ? null
                      : SignalCase.fine(cmd.intendedFine(), "intendedFine"),
                  change.actor(),
                  change.today(),
                  calendar);
          SignalCase.note(
              change,
              "ZIENSWIJZE_REQUESTED",
              "BWBR0005537 art. 4:8",
              "Gevraagd op/asked on "
                  + request.requestedOn()
                  + "; reageren tot en met/respond by "
                  + request.respondBy()
                  + "; voorgenomen boete/intended fine "
                  + request.intendedFine().amount()
                  + "; "
                  + request.facts().size()
                  + " feit(en)/fact(s)");
          change.sendLetter(
              ZienswijzeRequestLetter.EVENT,
              ZienswijzeRequestLetter.FILE_NAME,
              ZienswijzeRequestLetter.compose(signal, request));
        },
        signal -> answers.details(signal, actors.current()));
  }
}
