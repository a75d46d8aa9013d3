package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.documents.api.DocumentArchive;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionRepository;
import nl.toeslagen.objections.domain.TermPerformance;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessPort;

/**
 * The reads of objection cases. Every read of a citizen's case is audited ({@code CASE_READ}), as
 * is every letter downloaded or previewed; the overviews of the team manager show no citizen data
 * beyond the masked BSN and are not audited per case.
 */
@ApplicationScoped
@Transactional
public class ObjectionQueries {

  /** Working days before the deadline from which a case counts as due soon (the reminder). */
  static final int DUE_SOON_WORKING_DAYS = 10;

  /** The file name of the preview of the decision letter. */
  public static final String PREVIEW_FILE_NAME = "concept-beslissing-op-bezwaar.pdf";

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;
  @Inject ObjectionRepository repository;
  @Inject ProcessPort processes;
  @Inject DocumentArchive documents;
  @Inject LetterRenderer renderer;
  @Inject ActorProvider actors;

  /** One case; the read is audited. */
  public ObjectionView get(CaseId id) {
    return views.of(
        work.read(
            cases.kind(),
            ObjectionCases.id(id),
            "CASE_READ",
            "Bezwaardossier ingezien",
            "Case file viewed"));
  }

  /**
   * Cases by citizen (BSN, eleven test) and received date; each case returned is audited as read.
   */
  public List<ObjectionView> search(String bsn, LocalDate from, LocalDate to) {
    return search(bsn, null, from, to);
  }

  /**
   * Cases by citizen (BSN, eleven test), by human-readable case number ({@code BZ-2026-000123}) and
   * by received date; null arguments do not filter. Each case returned is audited as read.
   */
  public List<ObjectionView> search(String bsn, String caseNumber, LocalDate from, LocalDate to) {
    String citizen = bsn == null || bsn.isBlank() ? null : Bsn.of(bsn.strip()).value();
    List<Objection> found;
    if (caseNumber != null && !caseNumber.isBlank()) {
      CaseNumber number = CaseNumber.parse("caseNumber", caseNumber);
      found =
          repository
              .findByCaseNumber(number)
              .filter(o -> citizen == null || o.intake().bsn().value().equals(citizen))
              .filter(o -> from == null || !o.intake().receivedDate().isBefore(from))
              .filter(o -> to == null || !o.intake().receivedDate().isAfter(to))
              .stream()
              .toList();
    } else {
      found = repository.search(citizen, from, to, 200);
    }
    work.readAll(
        cases.kind(),
        found,
        "CASE_READ",
        "Gevonden bij zoeken op burger/zaaknummer/datum",
        "Found searching by citizen/case number/date");
    return found.stream().map(views::of).toList();
  }

  /**
   * One page of the open cases past their deadline, most overdue first, with how many there are
   * (manager overview; as the deadline overview, the summaries only, no citizen's file read).
   */
  public OverduePage overdue(int page, int size) {
    LocalDate today = views.today();
    long total = repository.openCounts(today, dueSoonUntil(today)).overdue();
    List<ObjectionView> cases =
        repository.overdue(today, page, size).stream().map(o -> views.summary(o, today)).toList();
    return new OverduePage(today, total, page, size, cases);
  }

  /** Every open case by deadline with the KPI of the calendar year so far (Amsterdam time). */
  public DeadlineOverview deadlines(int page, int size) {
    LocalDate today = views.today();
    // the counts over every open case, in the database; only the page's cases are loaded
    ObjectionRepository.OpenCounts counts = repository.openCounts(today, dueSoonUntil(today));
    List<ObjectionView> open =
        repository.open(page, size).stream().map(o -> views.summary(o, today)).toList();
    List<ObjectionView> inDefault =
        repository.openInDefault().stream().map(o -> views.summary(o, today)).toList();
    long penalty = inDefault.stream().mapToLong(c -> c.penalty().amountCents()).sum();
    TermPerformance kpi = repository.termPerformance(today.withDayOfYear(1), today.plusDays(1));
    return new DeadlineOverview(
        today,
        counts.open(),
        counts.overdue(),
        counts.dueSoon(),
        counts.open() - counts.overdue() - counts.dueSoon(),
        counts.inDefault(),
        penalty,
        Money.ofCents(penalty).formatted(),
        kpi.decided(),
        kpi.decidedInTime(),
        kpi.decidedLate(),
        kpi.percentage(),
        TermPerformance.NORM_PERCENTAGE,
        kpi.meetsNorm(),
        page,
        size,
        open,
        inDefault);
  }

  /**
   * The last day whose deadline is still "due soon": at most {@value #DUE_SOON_WORKING_DAYS}
   * working days after today (the days off after the last working day count with it), as the case
   * view's {@code workingDaysLeft} counts.
   */
  private LocalDate dueSoonUntil(LocalDate today) {
    LocalDate until = today;
    while (cases.terms().workingDaysLeft(today, until.plusDays(1)) <= DUE_SOON_WORKING_DAYS) {
      until = until.plusDays(1);
    }
    return until;
  }

  /** The letters of a case; an unknown case is a 404. */
  public List<LetterView> letters(CaseId id) {
    ObjectionId objection = ObjectionCases.id(id);
    work.load(cases.kind(), objection);
    return documents.forOwner(ObjectionCases.OBJECT_TYPE, objection.toString()).stream()
        .map(d -> new LetterView(d.id(), d.kind(), d.fileName(), d.sizeBytes(), d.createdAt()))
        .toList();
  }

  /** A letter of the case, as file name and PDF; the download is audited. */
  public Download letter(CaseId id, String documentId) {
    String owner = id.toString();
    StoredDocument doc =
        documents
            .find(documentId)
            .filter(
                d -> ObjectionCases.OBJECT_TYPE.equals(d.ownerType()) && owner.equals(d.ownerId()))
            .orElseThrow(() -> new NotFoundException("document", documentId));
    String what = doc.kind() + " " + doc.id();
    work.report(
        actors.current(),
        cases.kind(),
        ObjectionCases.id(id),
        (o, change) -> change.audit("LETTER_DOWNLOADED", (String) null, what, what));
    return new Download(doc.fileName(), documents.content(doc.id()));
  }

  /**
   * The decision letter of the pending draft as {@code SendDecision} will render it, marked as a
   * draft; 404 for an unknown case, 409 when no draft waits to be sent. Rendered on the fly: not
   * stored, no letter job. The read is audited ({@code DECISION_LETTER_PREVIEWED}), as a download
   * of a letter is.
   */
  public Download decisionLetterPreview(CaseId id) {
    Objection o =
        work.read(
            cases.kind(),
            ObjectionCases.id(id),
            "DECISION_LETTER_PREVIEWED",
            ObjectionLetters.DECISION + " concept bekeken (niet opgeslagen, niet verzonden)",
            ObjectionLetters.DECISION + " draft previewed (not stored, not sent)");
    Letter preview = ObjectionLetters.decisionPreview(o, views.today());
    return new Download(PREVIEW_FILE_NAME, renderer.render(preview));
  }

  /** A downloaded letter. */
  public record Download(String fileName, byte[] content) {}

  /** The case's process diagram and where it is; an unknown case is a 404. */
  public DiagramView diagram(CaseId id) {
    ObjectionId objection = ObjectionCases.id(id);
    work.load(cases.kind(), objection);
    Optional<String> xml = processes.diagramXml(objection.toString());
    return new DiagramView(xml.orElse(null), processes.activeActivityIds(objection.toString()));
  }

  /** A case's process model with its active steps. */
  public record DiagramView(String xml, List<String> activeActivityIds) {}
}
