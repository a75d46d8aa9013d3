package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.DecisionRecord;
import nl.toeslagen.audit.api.DecisionRecords;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.documents.application.DocumentStore;
import nl.toeslagen.documents.application.LetterQueue;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.objections.domain.AdmissibilityAssessment;
import nl.toeslagen.objections.domain.AdmissibilityOutcome;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.CitizenEffect;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.DecisionTerm;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionIntake;
import nl.toeslagen.objections.domain.ObjectionRepository;
import nl.toeslagen.objections.domain.ObjectionTerms;
import nl.toeslagen.objections.domain.Requirement;
import nl.toeslagen.objections.domain.Stage;
import nl.toeslagen.objections.domain.TermChange;
import nl.toeslagen.workflow.api.ProcessPort;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;

/**
 * Use cases of objection handling. Each runs in one JTA transaction: the domain change, its audit
 * entries, the letter and the task completion commit or roll back together. Every rule decision
 * fires an {@link AuditEvent} with its legal basis and reasons; every read of a case fires
 * "CASE_READ".
 */
@ApplicationScoped
@Transactional
public class ObjectionService {

  public static final String OBJECT_TYPE = "OBJECTION";
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject ObjectionRepository repository;
  @Inject ProcessPort processes;
  @Inject TaskPort tasks;
  @Inject ActorProvider actors;
  @Inject Clock clock;
  @Inject LegalCalendar calendar;
  @Inject Event<AuditEvent> audit;
  @Inject LetterQueue letterQueue;
  @Inject DocumentStore documents;
  @Inject DecisionRecords decisionRecords;

  public ObjectionTerms terms() {
    return new ObjectionTerms(calendar);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  // ---- intake and reads
  // --------------------------------------------------------------------------------------------

  /** Validates, stores, computes the terms and starts the process (business key = objection id). */
  public Objection receive(ObjectionIntake.Raw raw, boolean advisoryCommittee) {
    Actor actor = actors.current();
    ObjectionIntake intake = ObjectionIntake.validate(raw, today());
    String id = UUID.randomUUID().toString();
    Objection o = Objection.receive(id, intake, advisoryCommittee, terms(), actor.userName());
    repository.save(o);
    fire(
        actor,
        "OBJECTION_REGISTERED",
        id,
        Outcome.SUCCESS,
        Laws.awb("6:7"),
        "Bezwaar ontvangen op "
            + intake.receivedDate()
            + "; bezwaartermijn tot en met "
            + o.objectionTermEnd()
            + "; uiterste beslisdatum "
            + o.term().deadline()
            + (advisoryCommittee ? " (adviescommissie, art. 7:13 Awb)" : ""));
    var t =
        terms()
            .timeliness(
                intake.contestedDecision().date(), intake.receivedDate(), intake.postmarkDate());
    fire(
        actor,
        "OBJECTION_TIMELINESS_ASSESSED",
        id,
        Outcome.SUCCESS,
        t.basis(),
        t.timeliness() + ": " + t.reasonNl());
    Map<String, Object> vars = timerVariables(o);
    vars.put(ObjectionProcess.OBJECTION_ID, id);
    vars.putAll(taskListVariables(o));
    processes.start(ObjectionProcess.PROCESS_KEY, id, vars);
    return o;
  }

  /** One case; the read is audited. */
  public Objection get(String id) {
    Objection o = load(id);
    fire(actors.current(), "CASE_READ", id, Outcome.SUCCESS, null, "Bezwaardossier ingezien");
    return o;
  }

  /** Cases by citizen and received date; each case returned is audited as read. */
  public List<Objection> search(String bsn, LocalDate from, LocalDate to) {
    Actor actor = actors.current();
    List<Objection> found = repository.search(bsn, from, to, 200);
    for (Objection o : found) {
      fire(
          actor, "CASE_READ", o.id(), Outcome.SUCCESS, null, "Gevonden bij zoeken op burger/datum");
    }
    return found;
  }

  /** Open cases past their deadline (manager overview). */
  public List<Objection> overdue() {
    return repository.overdue(today(), 500);
  }

  /** Every open case, soonest deadline first (manager overview of the legal terms). */
  public List<Objection> open() {
    return repository.open(1000);
  }

  /**
   * The term KPI for the calendar year so far (Amsterdam time): decided objections, and how many in
   * time.
   */
  public nl.toeslagen.objections.domain.TermPerformance termPerformanceThisYear() {
    LocalDate today = today();
    return repository.termPerformance(today.withDayOfYear(1), today.plusDays(1));
  }

  public List<StoredDocument> letters(String id) {
    load(id);
    return documents.forOwner(OBJECT_TYPE, id);
  }

  public byte[] letterContent(String id, String documentId) {
    StoredDocument doc =
        documents
            .find(documentId)
            .filter(d -> OBJECT_TYPE.equals(d.ownerType()) && id.equals(d.ownerId()))
            .orElseThrow(() -> new NotFoundException("document", documentId));
    fire(
        actors.current(),
        "LETTER_DOWNLOADED",
        id,
        Outcome.SUCCESS,
        null,
        doc.kind() + " " + doc.id());
    return documents.content(doc.id());
  }

  public List<String> activeSteps(String id) {
    return processes.activeActivityIds(id);
  }

  /** The case's process diagram; an unknown case is a 404. */
  public java.util.Optional<String> diagram(String id) {
    load(id);
    return processes.diagramXml(id);
  }

  // ---- admissibility
  // -----------------------------------------------------------------------------------------------

  public Objection excuseLateness(String id, String reason) {
    Actor actor = actors.current();
    Objection o = load(id);
    PolicyDecision d = o.excuseLateness(reason);
    o.recordStep(CaseStep.Kind.LATENESS_EXCUSED, actor.userName(), today());
    repository.save(o);
    fire(actor, "LATENESS_EXCUSED", id, Outcome.SUCCESS, d.basis(), d.reasonNl());
    return o;
  }

  public AdmissibilityAssessment assessAdmissibility(
      String id, Set<Requirement> missing, LocalDate repairDueDate) {
    Actor actor = actors.current();
    Objection o = load(id);
    AdmissibilityAssessment a = o.assessAdmissibility(missing, repairDueDate, today());
    if (a.outcome() == AdmissibilityOutcome.AWAITING_REPAIR) {
      throw new ConflictException(a.reasonNl(), a.reasonEn());
    }
    o.recordStep(CaseStep.Kind.ADMISSIBILITY, actor.userName(), today());
    repository.save(o);
    fire(
        actor,
        "ADMISSIBILITY_ASSESSED",
        id,
        Outcome.SUCCESS,
        a.basis(),
        a.outcome() + ": " + a.reasonNl());
    complete(
        actor,
        o,
        ObjectionProcess.TASK_ADMISSIBILITY,
        Map.of(ObjectionProcess.ADMISSIBILITY, a.outcome().name()));
    return a;
  }

  /**
   * Repair received on {@code repairedOn}, or (null) the period lapsed unused; the term moves (7:10
   * lid 2).
   */
  public Objection endRepair(String id, LocalDate repairedOn, Set<Requirement> stillMissing) {
    Actor actor = actors.current();
    Objection o = load(id);
    LocalDate before = o.term().deadline();
    DecisionTerm term = o.endRepair(repairedOn, stillMissing, today(), terms());
    o.recordStep(CaseStep.Kind.REPAIR_ENDED, actor.userName(), today());
    repository.save(o);
    TermChange change = term.changes().get(term.changes().size() - 1);
    fire(
        actor,
        "DECISION_TERM_SUSPENDED",
        id,
        Outcome.SUCCESS,
        change.kind().basis(),
        change.reasons() + " Beslisdatum " + before + " -> " + term.deadline() + ".");
    if (!term.deadline().equals(before)) {
      // every change of the decision term is told to the objector in writing
      sendLetter(
          o,
          ObjectionLetters.termChangeEvent(term.changes().size(), change.kind()),
          ObjectionLetters.termChange(o, change, today()),
          "beslistermijn-" + term.changes().size() + ".pdf");
    }
    complete(actor, o, ObjectionProcess.TASK_AWAIT_REPAIR, Map.of());
    deadlineChanged(o);
    // the process may have moved the case on (e.g. sent the decision): return what is stored
    return load(id);
  }

  // ---- contact and hearing
  // ------------------------------------------------------------------------------------------

  public Objection recordContact(String id, ContactOutcome outcome) {
    Actor actor = actors.current();
    Objection o = load(id);
    if (outcome.withdrawn()) {
      return withdraw(id, "Ingetrokken tijdens telefonisch contact: " + outcome.agreement());
    }
    o.recordContact(outcome);
    o.recordStep(CaseStep.Kind.CONTACT, actor.userName(), today());
    repository.save(o);
    fire(
        actor,
        "PROACTIVE_CONTACT_RECORDED",
        id,
        Outcome.SUCCESS,
        null,
        (outcome.reached() ? "Bereikt" : "Niet bereikt")
            + (outcome.resolved() ? ", opgelost" : "")
            + (outcome.agreement().isBlank() ? "" : ": " + outcome.agreement()));
    complete(actor, o, ObjectionProcess.TASK_CONTACT, Map.of());
    // the process may have moved the case on (e.g. sent the decision): return what is stored
    return load(id);
  }

  /** Plans the hearing; the invitation letter is sent by the process step that follows. */
  public Objection scheduleHearing(String id, Hearing planned) {
    Actor actor = actors.current();
    Objection o = load(id);
    o.scheduleHearing(planned);
    o.recordStep(CaseStep.Kind.HEARING_SCHEDULED, actor.userName(), today());
    repository.save(o);
    fire(
        actor,
        "HEARING_SCHEDULED",
        id,
        Outcome.SUCCESS,
        Laws.awb("7:2"),
        planned.scheduledAt() + " " + planned.mode() + " " + planned.place());
    complete(
        actor, o, ObjectionProcess.TASK_HEARING, Map.of(ObjectionProcess.HEARING_SKIPPED, false));
    // the process may have moved the case on (e.g. sent the decision): return what is stored
    return load(id);
  }

  public Objection skipHearing(String id, Hearing skipped) {
    Actor actor = actors.current();
    Objection o = load(id);
    o.skipHearing(skipped);
    o.recordStep(CaseStep.Kind.HEARING_SKIPPED, actor.userName(), today());
    repository.save(o);
    fire(
        actor,
        "HEARING_SKIPPED",
        id,
        Outcome.SUCCESS,
        Laws.awb("7:3"),
        "Onder "
            + skipped.skipReason().letter()
            + ": "
            + skipped.skipReason().nl()
            + ". "
            + skipped.skipExplanation());
    complete(
        actor, o, ObjectionProcess.TASK_HEARING, Map.of(ObjectionProcess.HEARING_SKIPPED, true));
    // the process may have moved the case on (e.g. sent the decision): return what is stored
    return load(id);
  }

  public Objection recordHearingReport(String id, String report) {
    Actor actor = actors.current();
    Objection o = load(id);
    o.recordHearingReport(report);
    o.recordStep(CaseStep.Kind.HEARING_REPORT, actor.userName(), today());
    repository.save(o);
    fire(actor, "HEARING_HELD", id, Outcome.SUCCESS, Laws.awb("7:2"), "Verslag vastgelegd");
    complete(actor, o, ObjectionProcess.TASK_HOLD_HEARING, Map.of());
    // the process may have moved the case on (e.g. sent the decision): return what is stored
    return load(id);
  }

  // ---- decision
  // -----------------------------------------------------------------------------------------------------

  public Objection draftDecision(
      String id,
      DecisionOutcome outcome,
      String reasons,
      List<GroundAnswer> answers,
      List<LegalReference> refs,
      List<Ecli> caseLaw,
      CitizenEffect effect) {
    Actor actor = actors.current();
    Objection o = load(id);
    boolean review =
        o.draftDecision(
            outcome, reasons, answers, refs, caseLaw, effect, actor.userName(), today());
    repository.save(o);
    fire(
        actor,
        "DECISION_DRAFTED",
        id,
        Outcome.SUCCESS,
        refs.isEmpty() ? null : refs.get(0),
        outcome
            + (review
                ? "; vier-ogenbeoordeling door VAKTECHNIEK vereist"
                : "; geen beoordeling vereist")
            + ". "
            + reasons);
    complete(
        actor, o, ObjectionProcess.TASK_DRAFT, Map.of(ObjectionProcess.REVIEW_REQUIRED, review));
    // the process may have moved the case on (e.g. sent the decision): return what is stored
    return load(id);
  }

  /**
   * Four-eyes review; DecisionReviewPolicy is enforced by the domain (PolicyViolationException →
   * 403).
   */
  public Objection review(String id, boolean approved, String remarks) {
    Actor actor = actors.current();
    Objection o = load(id);
    PolicyDecision d;
    try {
      d = o.review(actor, approved, remarks);
    } catch (PolicyViolationException e) {
      // filed under the case by the web module's exception mapper
      throw e.objectType() == null ? e.about(OBJECT_TYPE, id) : e;
    }
    repository.save(o);
    fire(
        actor,
        approved ? "DECISION_APPROVED" : "DECISION_REJECTED",
        id,
        Outcome.SUCCESS,
        null,
        d.reasonNl() + (remarks == null || remarks.isBlank() ? "" : " Opmerkingen: " + remarks));
    complete(
        actor, o, ObjectionProcess.TASK_REVIEW, Map.of(ObjectionProcess.REVIEW_APPROVED, approved));
    // the process may have moved the case on (e.g. sent the decision): return what is stored
    return load(id);
  }

  // ---- terms
  // --------------------------------------------------------------------------------------------------------

  public Objection extend(String id, String reasons) {
    Actor actor = actors.current();
    Objection o = load(id);
    LocalDate before = o.term().deadline();
    o.extend(today(), reasons, terms());
    o.recordStep(CaseStep.Kind.TERM_EXTENDED, actor.userName(), today());
    return termChanged(actor, o, "DECISION_TERM_EXTENDED", before);
  }

  public Objection postponeWithConsent(String id, LocalDate agreedEnd, String consent) {
    Actor actor = actors.current();
    Objection o = load(id);
    LocalDate before = o.term().deadline();
    o.postponeWithConsent(today(), agreedEnd, consent, terms());
    o.recordStep(CaseStep.Kind.TERM_POSTPONED, actor.userName(), today());
    return termChanged(actor, o, "DECISION_TERM_POSTPONED_WITH_CONSENT", before);
  }

  private Objection termChanged(Actor actor, Objection o, String action, LocalDate before) {
    repository.save(o);
    List<TermChange> changes = o.term().changes();
    TermChange change = changes.get(changes.size() - 1);
    fire(
        actor,
        action,
        o.id(),
        Outcome.SUCCESS,
        change.kind().basis(),
        change.kind().paragraph()
            + ": "
            + before
            + " -> "
            + change.newDeadline()
            + ". "
            + change.reasons());
    sendLetter(
        o,
        ObjectionLetters.termChangeEvent(changes.size(), change.kind()),
        ObjectionLetters.termChange(o, change, today()),
        "beslistermijn-" + changes.size() + ".pdf");
    deadlineChanged(o);
    return o;
  }

  public Objection registerNoticeOfDefault(String id, LocalDate receivedOn) {
    Actor actor = actors.current();
    Objection o = load(id);
    PolicyDecision d = o.registerNoticeOfDefault(receivedOn, today());
    o.recordStep(CaseStep.Kind.NOTICE_OF_DEFAULT, actor.userName(), today());
    repository.save(o);
    var penalty = o.penalty(today());
    fire(
        actor,
        "NOTICE_OF_DEFAULT_REGISTERED",
        id,
        Outcome.SUCCESS,
        d.basis(),
        d.reasonNl() + " " + penalty.reasonNl());
    return o;
  }

  public Objection withdraw(String id, String reason) {
    Actor actor = actors.current();
    Objection o = load(id);
    o.withdraw(today(), reason);
    if (!actor.isSystem()) {
      o.recordStep(CaseStep.Kind.WITHDRAWAL, actor.userName(), today());
    }
    repository.save(o);
    fire(actor, "OBJECTION_WITHDRAWN", id, Outcome.SUCCESS, null, reason);
    processes.correlate(
        ObjectionProcess.MESSAGE_WITHDRAWN, id, Map.of(ObjectionProcess.WITHDRAWAL_REASON, reason));
    return o;
  }

  // ---- process steps (called by the WorkflowStep beans)
  // ---------------------------------------------------------

  public void sendAcknowledgement(String id) {
    Objection o = load(id);
    sendLetter(
        o,
        "ACKNOWLEDGEMENT",
        ObjectionLetters.acknowledgement(o, today()),
        "ontvangstbevestiging.pdf");
  }

  public void sendRepairRequest(String id) {
    Objection o = load(id);
    if (o.repair() == null) {
      throw new ConflictException("Er is geen verzoek om herstel.", "There is no repair request.");
    }
    sendLetter(
        o,
        "REPAIR_REQUEST:" + o.repair().requestedOn(),
        ObjectionLetters.repairRequest(o, o.repair(), today()),
        "verzoek-om-herstel.pdf");
  }

  public void sendHearingInvitation(String id) {
    Objection o = load(id);
    Hearing h = o.hearing();
    if (h == null || h.skipped()) {
      throw new ConflictException("Er is geen hoorzitting gepland.", "No hearing is scheduled.");
    }
    sendLetter(
        o,
        "HEARING_INVITATION:" + h.scheduledAt(),
        ObjectionLetters.hearingInvitation(o, h, today()),
        "uitnodiging-hoorzitting.pdf");
  }

  /**
   * Sends the decision letter, closes the case and stores the decision record for the inspectorate.
   */
  public void sendDecision(String id) {
    Objection o = load(id);
    o.markDecided(today());
    repository.save(o);
    var dec = o.decision();
    List<DecisionRecord.Ground> grounds = new ArrayList<>();
    dec.answers()
        .forEach(
            a ->
                grounds.add(
                    new DecisionRecord.Ground(
                        a.ground(), a.upheld() ? "GEGROND" : "ONGEGROND", a.reasons())));
    List<DecisionRecord.Fact> facts =
        List.of(
            new DecisionRecord.Fact(
                "bestreden besluit",
                o.intake().contestedDecision().type()
                    + " "
                    + o.intake().contestedDecision().reference(),
                null),
            new DecisionRecord.Fact(
                "dagtekening", o.intake().contestedDecision().date().toString(), null),
            new DecisionRecord.Fact("ontvangen", o.intake().receivedDate().toString(), null),
            new DecisionRecord.Fact("tijdigheid", o.timeliness().name(), null),
            new DecisionRecord.Fact(
                "horen",
                dec.hearingSkipReason() == null
                    ? "gehoord"
                    : "art. 7:3 onder " + dec.hearingSkipReason().letter(),
                null));
    decisionRecords.store(
        new DecisionRecord(
            null,
            "OBJECTION_DECISION",
            dec.outcome().name(),
            OBJECT_TYPE,
            id,
            grounds,
            facts,
            dec.legalReferences().stream().map(LegalReference::toString).toList(),
            dec.caseLaw().stream().map(Ecli::value).toList(),
            List.of(),
            dec.preparedBy(),
            o.reviewedBy(),
            null));
    fire(
        Actor.system(),
        "DECISION_SENT",
        id,
        Outcome.SUCCESS,
        Laws.awb("7:12"),
        dec.outcome()
            + "; beslist op "
            + o.closedOn()
            + ", uiterste beslisdatum "
            + o.term().deadline());
    sendLetter(o, "DECISION", ObjectionLetters.decision(o, today()), "beslissing-op-bezwaar.pdf");
  }

  /** Timer: reminder to the assignee of the open task(s). */
  public void remind(String id) {
    Objection o = load(id);
    String assignees =
        tasks.tasks(TaskQuery.forCase(id)).stream()
            .map(t -> t.assignee() == null ? "(niet toegewezen)" : t.assignee())
            .distinct()
            .reduce((a, b) -> a + ", " + b)
            .orElse("-");
    fire(
        Actor.system(),
        "DEADLINE_REMINDER",
        id,
        Outcome.SUCCESS,
        Laws.awb("7:10"),
        "Nog 10 werkdagen tot " + o.term().deadline() + ". Herinnering aan: " + assignees);
  }

  /** Timer: escalation to the team manager five working days before the deadline. */
  public void escalate(String id) {
    Objection o = load(id);
    fire(
        Actor.system(),
        "DEADLINE_ESCALATED",
        id,
        Outcome.SUCCESS,
        Laws.awb("7:10"),
        "Nog 5 werkdagen tot " + o.term().deadline() + "; geëscaleerd naar TEAMLEIDER.");
  }

  /** Timer: the deadline has passed (and weekly after that while open). */
  public void deadlinePassed(String id) {
    Objection o = load(id);
    if (o.stage().closed()) {
      return;
    }
    fire(
        Actor.system(),
        "DEADLINE_PASSED",
        id,
        Outcome.SUCCESS,
        Laws.awb("7:10"),
        "Uiterste beslisdatum "
            + o.term().deadline()
            + " verstreken; gemeld aan TEAMLEIDER. "
            + o.penalty(today()).reasonNl());
  }

  /** Process step after the withdrawal message: makes sure the case is closed as withdrawn. */
  public void recordWithdrawal(String id, String reason) {
    Objection o = load(id);
    if (o.stage() != Stage.WITHDRAWN) {
      o.withdraw(today(), reason == null ? "Ingetrokken" : reason);
      repository.save(o);
    }
    fire(
        Actor.system(),
        "PROCESS_ENDED_BY_WITHDRAWAL",
        id,
        Outcome.SUCCESS,
        null,
        o.withdrawalReason());
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------------------

  private Objection load(String id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
  }

  /**
   * Timer dates as java.util.Date: reminder and escalation at 08:00, the deadline at the end of its
   * day.
   */
  public Map<String, Object> timerVariables(Objection o) {
    ObjectionTerms t = terms();
    LocalDate deadline = o.term().deadline();
    Map<String, Object> vars = new HashMap<>();
    vars.put(ObjectionProcess.REMINDER_AT, at(t.reminderDate(deadline).atTime(8, 0)));
    vars.put(ObjectionProcess.ESCALATION_AT, at(t.escalationDate(deadline).atTime(8, 0)));
    vars.put(ObjectionProcess.DECISION_DUE_AT, at(deadline.atTime(23, 59)));
    return vars;
  }

  /**
   * What the task list shows of the case: a label, the citizen with a masked BSN and the benefit.
   */
  static Map<String, Object> taskListVariables(Objection o) {
    var in = o.intake();
    Map<String, Object> vars = new HashMap<>();
    vars.put(
        ObjectionProcess.CASE_LABEL,
        "Bezwaar " + in.benefitType().labelNl() + " " + in.contestedDecision().reference());
    vars.put(ObjectionProcess.CITIZEN, in.bsn().masked());
    vars.put(ObjectionProcess.BENEFIT_TYPE, in.benefitType().name());
    return vars;
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  private void deadlineChanged(Objection o) {
    if (processes.isRunning(o.id())) {
      processes.correlate(ObjectionProcess.MESSAGE_DEADLINE_CHANGED, o.id(), timerVariables(o));
    }
  }

  /**
   * Completes the open task with this key as the current user. An unassigned task offered to one of
   * the user's roles is claimed first; a task assigned to someone else is refused by the TaskPort
   * (403).
   */
  private void complete(Actor actor, Objection o, String taskKey, Map<String, Object> variables) {
    TaskView task =
        tasks.tasks(TaskQuery.forCase(o.id())).stream()
            .filter(t -> taskKey.equals(t.taskDefinitionKey()))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Er staat geen taak '" + taskKey + "' open voor dit bezwaar.",
                        "There is no open task '" + taskKey + "' for this objection."));
    if (task.assignee() == null
        && task.candidateGroups() != null
        && task.candidateGroups().stream().anyMatch(g -> hasRole(actor, g))) {
      tasks.claim(task.id(), actor.userName());
    }
    tasks.complete(task.id(), actor.userName(), variables);
    fire(
        actor,
        "TASK_COMPLETED",
        o.id(),
        Outcome.SUCCESS,
        null,
        "Taak '" + task.name() + "' (" + taskKey + ") afgerond door " + actor.userName());
  }

  private static boolean hasRole(Actor actor, String group) {
    try {
      return actor.has(Role.valueOf(group));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Queues the letter: it is rendered and stored after this transaction commits, exactly once per
   * event, and audited as LETTER_CREATED then (ADR 0011).
   */
  private void sendLetter(Objection o, String eventKey, Letter letter, String fileName) {
    letterQueue.send(
        OBJECT_TYPE,
        o.id(),
        eventKey,
        fileName,
        letter,
        new LetterQueue.AuditNote(
            "LETTER_CREATED", null, letter.kind() + " " + LetterQueue.DOCUMENT));
  }

  private void fire(
      Actor actor,
      String action,
      String id,
      Outcome outcome,
      LegalReference basis,
      String reasons) {
    audit.fire(
        new AuditEvent(
            actor.userName(),
            actor.rolesText().isEmpty() ? null : actor.rolesText(),
            action,
            OBJECT_TYPE,
            id,
            outcome,
            basis == null ? null : basis.toString(),
            reasons));
  }
}
