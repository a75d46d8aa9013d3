package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.documents.application.DocumentStore;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.kernel.Actor;

/** Sends the outcome letter once per signal (a retried step finds the stored letter). */
@ApplicationScoped
@Transactional
public class CitizenLetters {

  @Inject SignalService signals;
  @Inject LetterRenderer renderer;
  @Inject DocumentStore documents;
  @Inject Event<AuditEvent> audit;
  @Inject Clock clock;

  public StoredDocument informCitizen(String signalId) {
    Signal signal = signals.signal(signalId);
    byte[] pdf =
        renderer.render(
            OutcomeLetter.compose(signal, LocalDate.now(clock.withZone(SignalService.ZONE))));
    StoredDocument doc =
        documents.store(
            SignalService.OBJECT_TYPE,
            signalId,
            "OUTCOME",
            OutcomeLetter.KIND,
            "uitkomst-onderzoek.pdf",
            pdf);
    audit.fire(
        new AuditEvent(
            Actor.SYSTEM_USER,
            null,
            "CITIZEN_INFORMED",
            SignalService.OBJECT_TYPE,
            signalId,
            Outcome.SUCCESS,
            "BWBR0005537 art. 3:41",
            "Uitkomstbrief/outcome letter "
                + doc.id()
                + " ("
                + signal.outcome().orElseThrow()
                + ")"));
    return doc;
  }
}
