package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.documents.api.DocumentArchive;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.application.SignalViews.SignalLetter;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.UserRoster;

/**
 * Builds the answers the handlers and queries share: the case view with its outcome letter and, for
 * a pending determination, who may approve it.
 */
@ApplicationScoped
public class SignalAnswers {

  @Inject UserRoster roster;
  @Inject DocumentArchive documents;
  @Inject Clock clock;

  /** The case view for {@code viewer}, with the signal's letters. */
  public SignalDetails details(Signal signal, Actor viewer) {
    List<StoredDocument> stored = letters(signal);
    return SignalDetails.of(
        signal,
        viewer,
        stored.stream()
            .filter(d -> OutcomeLetter.KIND.equals(d.kind()))
            .findFirst()
            .map(StoredDocument::id),
        d -> approvers(signal, d),
        stored.stream()
            .map(
                d -> new SignalLetter(d.id(), d.kind(), d.fileName(), d.sizeBytes(), d.createdAt()))
            .toList(),
        LocalDate.now(clock.withZone(DateRange.ZONE)));
  }

  /** The stored letters of the signal (request for the view, outcome), oldest first. */
  public List<StoredDocument> letters(Signal signal) {
    if (documents == null) {
      return List.of();
    }
    return documents.forOwner(SignalAuditedObjects.SIGNAL, signal.id().value());
  }

  /**
   * The active users who may approve {@code d} under the four-eyes rules; {@code null} when the
   * user directory is not available or {@code d} does not wait for approval.
   */
  public List<String> approvers(Signal signal, Determination d) {
    if (roster == null || !d.isAwaitingApproval()) {
      return null;
    }
    return signal.eligibleApprovers(
        d.id(), roster.activeUsersWith(RequiredApproverRole.of(d.phase(), d.conclusion())));
  }

  /** The signal's outcome letter, once stored. */
  public Optional<StoredDocument> outcomeLetter(Signal signal) {
    if (documents == null) {
      return Optional.empty();
    }
    return documents.forOwner(SignalAuditedObjects.SIGNAL, signal.id().value()).stream()
        .filter(doc -> OutcomeLetter.KIND.equals(doc.kind()))
        .findFirst();
  }
}
