package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.documents.api.DocumentArchive;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.UserRoster;

/**
 * Builds the answers the handlers and queries share: the case view with its outcome letter and, for
 * a pending determination, who may approve it.
 */
@ApplicationScoped
public class SignalAnswers {

  @Inject UserRoster roster;
  @Inject DocumentArchive documents;

  /** The case view for {@code viewer}. */
  public SignalDetails details(Signal signal, Actor viewer) {
    return SignalDetails.of(
        signal, viewer, outcomeLetter(signal).map(StoredDocument::id), d -> approvers(signal, d));
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
