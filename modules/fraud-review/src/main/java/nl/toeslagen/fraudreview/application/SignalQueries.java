package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.DocumentArchive;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.fraudreview.application.SignalViews.Diagram;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.application.SignalViews.WorkItem;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.SignalSearchByBsnPolicy;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessPort;

/**
 * The reads of signals: the case page, its diagram and letter, the work list and the search by BSN.
 * Every read of a citizen's data is audited (SIGNAL_VIEWED, LETTER_VIEWED, SIGNAL_SEARCH_BY_BSN).
 */
@ApplicationScoped
@Transactional
public class SignalQueries {

  @Inject UnitOfWork work;
  @Inject SignalRepository signals;
  @Inject SignalAnswers answers;
  @Inject ActorProvider actors;
  @Inject Event<AuditEvent> audit;
  @Inject Clock clock;
  @Inject DocumentArchive documents;
  @Inject ProcessPort processes;

  /** The case page; reading personal data is audited. */
  public SignalDetails get(String signalId) {
    Signal signal =
        work.read(
            SignalCase.kind(signals),
            SignalId.ofPath(signalId),
            "SIGNAL_VIEWED",
            "Dossier ingezien",
            "case viewed");
    return answers.details(signal, actors.current());
  }

  /** The process diagram of an existing signal (404 otherwise) and where it waits. */
  public Diagram diagram(String signalId) {
    SignalId id = work.load(SignalCase.kind(signals), SignalId.ofPath(signalId)).id();
    return new Diagram(
        processes.diagramXml(id.value()).orElse(null), processes.activeActivityIds(id.value()));
  }

  /** The plain-language outcome letter of a closed signal (PDF); reading it is audited. */
  public byte[] letter(String signalId) {
    Signal signal = work.load(SignalCase.kind(signals), SignalId.ofPath(signalId));
    StoredDocument letter =
        answers
            .outcomeLetter(signal)
            .orElseThrow(() -> new NotFoundException("uitkomstbrief / outcome letter", signalId));
    byte[] pdf = documents.content(letter.id());
    fire(
        actors.current(),
        "LETTER_VIEWED",
        SignalAuditedObjects.SIGNAL,
        signal.id().value(),
        "Uitkomstbrief/outcome letter " + letter.id());
    return pdf;
  }

  /**
   * A letter of the signal (the request for the citizen's view or the outcome letter), as file name
   * and PDF; a document of another case is a 404. Reading it is audited.
   */
  public Download letter(String signalId, String documentId) {
    Signal signal = work.load(SignalCase.kind(signals), SignalId.ofPath(signalId));
    StoredDocument letter =
        answers.letters(signal).stream()
            .filter(d -> d.id().equals(documentId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("brief / letter", documentId));
    byte[] pdf = documents.content(letter.id());
    fire(
        actors.current(),
        "LETTER_VIEWED",
        SignalAuditedObjects.SIGNAL,
        signal.id().value(),
        letter.kind() + " " + letter.id());
    return new Download(letter.fileName(), pdf);
  }

  /** A letter as file name and content. */
  public record Download(String fileName, byte[] content) {}

  /**
   * Open signals for the work list, oldest first, optionally only one phase, only those waiting for
   * approval, or only those waiting for this user.
   */
  public List<WorkItem> workList(String phase, boolean waitingForApproval, boolean waitingForMe) {
    Phase only =
        phase == null || phase.isBlank() ? null : SignalCase.parse(Phase.class, "phase", phase);
    Actor actor = actors.current();
    LocalDate today = today();
    return signals.open().stream()
        .filter(s -> only == null || s.phase() == only)
        .sorted(Comparator.comparing(Signal::registeredAt))
        .map(s -> WorkItem.of(s, actor, today))
        .filter(w -> !waitingForApproval || w.waitingForApproval())
        .filter(w -> !waitingForMe || w.waitingForMe())
        .toList();
  }

  /**
   * Open signals about a citizen; only for TOEZICHT and VAKTECHNIEK ({@link
   * SignalSearchByBsnPolicy}) and always audited. Closed signals are never shown: a closed signal
   * does not mark a citizen.
   */
  public List<WorkItem> searchByBsn(String bsn) {
    return search(bsn, null);
  }

  /**
   * The search of the work list page: by case number ({@code TZ-2026-000123}; the signal, open or
   * closed, as a work-list row with the BSN masked, like the work list not audited as a citizen
   * search) and/or by BSN (open signals only, audited, see {@link #searchByBsn}). With both, the
   * signal of that number if it is about that citizen. One of both is required.
   */
  public List<WorkItem> search(String bsn, String caseNumber) {
    boolean byBsn = bsn != null && !bsn.isBlank();
    boolean byNumber = caseNumber != null && !caseNumber.isBlank();
    if (!byBsn && !byNumber) {
      throw new nl.toeslagen.kernel.ValidationException(
          "bsn",
          "Vul een BSN of een zaaknummer (TZ-…) in.",
          "Enter a BSN or a case number (TZ-…).");
    }
    if (!byBsn) {
      Actor actor = actors.current();
      LocalDate today = today();
      return signals.byCaseNumber(CaseNumber.parse("caseNumber", caseNumber)).stream()
          .map(s -> WorkItem.of(s, actor, today))
          .toList();
    }
    CaseNumber number = byNumber ? CaseNumber.parse("caseNumber", caseNumber) : null;
    Actor actor = actors.current();
    PolicyDecision decision = new SignalSearchByBsnPolicy().evaluate(actor);
    if (decision.refused()) {
      // audited by the web module's exception mapper; the BSN is not named in the entry
      throw decision.violation().about(SignalAuditedObjects.CITIZEN, null);
    }
    Bsn citizen = Bsn.of(bsn);
    LocalDate today = today();
    List<WorkItem> found =
        signals.openFor(citizen).stream()
            .filter(s -> number == null || s.caseNumber().equals(number))
            .map(s -> WorkItem.of(s, actor, today))
            .toList();
    fire(
        actor,
        "SIGNAL_SEARCH_BY_BSN",
        SignalAuditedObjects.CITIZEN,
        citizen.masked(),
        found.size() + " open signaal/signalen gevonden / open signals found");
    return found;
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
