package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.DocumentArchive;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.hardship.application.HardshipViews.HardshipCollectionPause;
import nl.toeslagen.hardship.application.HardshipViews.HardshipListItem;
import nl.toeslagen.hardship.application.HardshipViews.HardshipPage;
import nl.toeslagen.hardship.application.HardshipViews.HardshipPolicySignalCount;
import nl.toeslagen.hardship.application.HardshipViews.HardshipPolicySignals;
import nl.toeslagen.hardship.application.HardshipViews.HardshipRequestDetails;
import nl.toeslagen.hardship.domain.CollectionPausePolicy;
import nl.toeslagen.hardship.domain.HardshipInputPolicy;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.HardshipRequests;
import nl.toeslagen.hardship.domain.HardshipStatus;
import nl.toeslagen.hardship.domain.PolicySignalCategory;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * The reads of hardship requests: the case page, its letters, the list, the search by citizen or
 * number, the collection pauses and the signals for policy. Every read of a citizen's data is
 * audited (HARDSHIP_REQUEST_VIEWED, LETTER_VIEWED, HARDSHIP_SEARCH_BY_BSN).
 */
@ApplicationScoped
@Transactional
public class HardshipQueries {

  @Inject UnitOfWork work;
  @Inject HardshipRequests requests;
  @Inject ActorProvider actors;
  @Inject DocumentArchive documents;
  @Inject Event<AuditEvent> audit;
  @Inject Clock clock;

  /** The case page; reading it is audited. */
  public HardshipRequestDetails get(String requestId) {
    HardshipRequest r =
        work.read(
            HardshipCase.kind(requests),
            HardshipRequestId.ofPath(requestId),
            "HARDSHIP_REQUEST_VIEWED",
            "Hardheidsverzoek ingezien",
            "hardship request viewed");
    return details(r);
  }

  /** The case page after a change (the change itself is audited). */
  HardshipRequestDetails details(HardshipRequestId id) {
    return details(work.load(HardshipCase.kind(requests), id));
  }

  private HardshipRequestDetails details(HardshipRequest r) {
    return HardshipRequestDetails.of(
        r, actors.current(), new CollectionPausePolicy().paused(r).reasonNl(), letters(r));
  }

  List<StoredDocument> letters(HardshipRequest r) {
    return documents == null
        ? List.of()
        : documents.forOwner(HardshipRequestId.OBJECT_TYPE, r.id().value());
  }

  /** A letter of the request (PDF); reading it is audited. */
  public Download letter(String requestId, String letterId) {
    HardshipRequest r = work.load(HardshipCase.kind(requests), HardshipRequestId.ofPath(requestId));
    StoredDocument letter =
        letters(r).stream()
            .filter(d -> d.id().equals(letterId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("brief / letter", letterId));
    byte[] pdf = documents.content(letter.id());
    fire(
        actors.current(),
        "LETTER_VIEWED",
        HardshipRequestId.OBJECT_TYPE,
        r.id().value(),
        letter.kind() + " " + letter.id());
    return new Download(letter.fileName(), pdf);
  }

  /** A letter as file name and content. */
  public record Download(String fileName, byte[] content) {}

  /** The request list, newest first, optionally one status; a page of at most 100. */
  public HardshipPage list(String status, int offset, int limit) {
    HardshipStatus only =
        status == null || status.isBlank()
            ? null
            : new HardshipInputPolicy().code(HardshipStatus.class, "status", status);
    int size = Math.max(1, Math.min(limit <= 0 ? 25 : limit, 100));
    int from = Math.max(0, offset);
    LocalDate today = today();
    List<HardshipListItem> items =
        requests.list(only, from, size).stream().map(r -> HardshipListItem.of(r, today)).toList();
    return new HardshipPage(items, requests.count(only), from, size);
  }

  /**
   * The search: by case number (HH-2026-000123) and/or by BSN (audited, the BSN not named in the
   * entry). One of both is required.
   */
  public List<HardshipListItem> search(HardshipCommands.HardshipSearch search) {
    boolean byBsn = search.bsn() != null && !search.bsn().isBlank();
    boolean byNumber = search.caseNumber() != null && !search.caseNumber().isBlank();
    if (!byBsn && !byNumber) {
      throw new ValidationException(
          "bsn",
          "Vul een BSN of een zaaknummer (HH-…) in.",
          "Enter a BSN or a case number (HH-…).");
    }
    LocalDate today = today();
    if (!byBsn) {
      return requests.byCaseNumber(CaseNumber.parse("caseNumber", search.caseNumber())).stream()
          .map(r -> HardshipListItem.of(r, today))
          .toList();
    }
    CaseNumber number = byNumber ? CaseNumber.parse("caseNumber", search.caseNumber()) : null;
    var citizen = new HardshipInputPolicy().bsn("bsn", search.bsn());
    List<HardshipRequest> found =
        requests.of(citizen).stream()
            .filter(r -> number == null || r.caseNumber().equals(number))
            .toList();
    fire(
        actors.current(),
        "HARDSHIP_SEARCH_BY_BSN",
        HardshipAuditedObjects.CITIZEN,
        citizen.masked(),
        found.size() + " verzoek(en) gevonden / request(s) found");
    return found.stream().map(r -> HardshipListItem.of(r, today)).toList();
  }

  /** Recoveries whose collection is paused by an open request, oldest first (at most 500). */
  public List<HardshipCollectionPause> pauses() {
    CollectionPausePolicy policy = new CollectionPausePolicy();
    List<HardshipCollectionPause> rows = new ArrayList<>();
    for (HardshipRequest r : requests.open(500)) {
      rows.add(
          new HardshipCollectionPause(
              r.recoveryReference(),
              r.caseNumber().toString(),
              r.id().value(),
              r.citizen().masked(),
              r.receivedOn(),
              policy.paused(r).reasonNl()));
    }
    return rows;
  }

  /** Signals for policy by category, every category listed (zero too), with their total. */
  public HardshipPolicySignals policySignals() {
    Map<PolicySignalCategory, Long> counts = requests.policySignalCounts();
    List<HardshipPolicySignalCount> rows = new ArrayList<>();
    long total = 0;
    for (PolicySignalCategory c : PolicySignalCategory.values()) {
      long n = counts.getOrDefault(c, 0L);
      total += n;
      rows.add(new HardshipPolicySignalCount(c.name(), c.labelNl(), n));
    }
    return new HardshipPolicySignals(rows, total);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }

  private void fire(Actor actor, String action, String type, String id, String reasons) {
    audit.fire(
        new AuditEvent(
            actor.userName(),
            actor.roles().isEmpty() ? null : actor.rolesText(),
            action,
            type,
            id,
            Outcome.SUCCESS,
            null,
            reasons));
  }
}
