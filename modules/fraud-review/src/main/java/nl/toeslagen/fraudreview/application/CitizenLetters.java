package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.toeslagen.documents.application.LetterQueue;
import nl.toeslagen.fraudreview.domain.Signal;

/**
 * Sends the outcome letter once per signal: queued in the step's transaction, rendered and stored
 * after commit by a letter job, exactly once (a retried step finds the queued or stored letter),
 * and audited as CITIZEN_INFORMED when stored (ADR 0011).
 */
@ApplicationScoped
@Transactional
public class CitizenLetters {

  /** The event key of the outcome letter. */
  public static final String EVENT = "OUTCOME";

  @Inject SignalService signals;
  @Inject LetterQueue letters;
  @Inject Clock clock;

  public void informCitizen(String signalId) {
    Signal signal = signals.signal(signalId);
    letters.send(
        SignalService.OBJECT_TYPE,
        signalId,
        EVENT,
        "uitkomst-onderzoek.pdf",
        OutcomeLetter.compose(signal, LocalDate.now(clock.withZone(SignalService.ZONE))),
        new LetterQueue.AuditNote(
            "CITIZEN_INFORMED",
            "BWBR0005537 art. 3:41",
            "Uitkomstbrief/outcome letter "
                + LetterQueue.DOCUMENT
                + " ("
                + signal.outcome().orElseThrow()
                + ")"));
  }
}
