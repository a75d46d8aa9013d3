package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.toeslagen.documents.api.LetterOutbox;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.NotFoundException;

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

  @Inject SignalRepository signals;
  @Inject LetterOutbox letters;
  @Inject Clock clock;

  public void informCitizen(SignalId signalId) {
    Signal signal =
        signals
            .find(signalId)
            .orElseThrow(() -> new NotFoundException(SignalId.OBJECT_TYPE, signalId.value()));
    letters.send(
        SignalAuditedObjects.SIGNAL,
        signalId.value(),
        EVENT,
        "uitkomst-onderzoek.pdf",
        OutcomeLetter.compose(signal, LocalDate.now(clock.withZone(DateRange.ZONE))),
        new LetterOutbox.AuditNote(
            "CITIZEN_INFORMED",
            "BWBR0005537 art. 3:41",
            "Uitkomstbrief/outcome letter "
                + LetterOutbox.DOCUMENT
                + " ("
                + signal.outcome().orElseThrow()
                + ")"));
  }
}
