package nl.toeslagen.usecase.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.LetterOutbox;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.Idempotency;
import nl.toeslagen.kernel.IdempotentRequests;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.workflow.api.ProcessPort;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;

/**
 * The one skeleton of a use case, shared by every context's command handlers: load the aggregate
 * (404 when unknown), let the domain act, save, audit, start or move the process, queue letters,
 * publish domain events — all in the handler's one JTA transaction ({@link
 * Transactional.TxType#MANDATORY}), so a refusal or failure anywhere changes nothing. A policy
 * refusal thrown by the domain is filed under the case. Handlers stay small: they say what to do,
 * not how.
 *
 * <pre>{@code
 * return work.change(OBJECTIONS, cmd.objection(), (o, change) -> {
 *   o.scheduleHearing(cmd.hearing());
 *   change.audit("HEARING_SCHEDULED", Laws.awb("7:2"), "Hoorzitting gepland", "Hearing scheduled")
 *         .completeTask(ObjectionProcess.TASK_HEARING, ProcessVariables.of(HEARING_SKIPPED, false));
 * }, ObjectionView::of);
 * }</pre>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnitOfWork {

  @Inject ActorProvider actors;
  @Inject Clock clock;
  @Inject Event<AuditEvent> audit;
  @Inject Event<Object> events;
  @Inject ProcessPort processes;
  @Inject TaskPort tasks;
  @Inject LetterOutbox letters;
  @Inject IdempotentRequests idempotentRequests;

  /**
   * Changes an existing aggregate.
   *
   * @param kind the aggregate type
   * @param id its id
   * @param action the domain change; records audit entries, the task to complete, letters
   * @param answer what the caller gets, from the aggregate as stored after the change (read again
   *     when the process moved on, because its steps may have changed the case)
   */
  public <I, A, R> R change(
      CaseKind<I, A> kind, I id, BiConsumer<A, Change> action, Function<A, R> answer) {
    return change(actors.current(), kind, id, action, answer);
  }

  /**
   * Changes an existing aggregate as {@code actor}: for process steps and timers, which act as
   * {@link Actor#system()} (no user request, so no current user to ask for).
   */
  public <I, A> void changeAs(
      Actor actor, CaseKind<I, A> kind, I id, BiConsumer<A, Change> action) {
    change(actor, kind, id, action, Function.identity());
  }

  /**
   * Carries out what {@code action} records (audit entries, letters, messages) for an aggregate it
   * reads but does not change, as {@code actor}; the aggregate is not saved. For process steps that
   * only report (a reminder, a letter).
   */
  public <I, A> void report(Actor actor, CaseKind<I, A> kind, I id, BiConsumer<A, Change> action) {
    A aggregate = load(kind, id);
    Change change = new Change(actor, clock);
    action.accept(aggregate, change);
    carryOut(kind.objectType(), id.toString(), change);
  }

  private <I, A, R> R change(
      Actor actor, CaseKind<I, A> kind, I id, BiConsumer<A, Change> action, Function<A, R> answer) {
    A aggregate = load(kind, id);
    Change change = new Change(actor, clock);
    String caseId = id.toString();
    try {
      action.accept(aggregate, change);
      kind.repository().save(aggregate);
      carryOut(kind.objectType(), caseId, change);
    } catch (PolicyViolationException e) {
      // a refusal of the domain, of the task list (e.g. TaskOwnershipPolicy) or of a process step
      throw filedUnder(e, kind.objectType(), caseId);
    }
    return answer.apply(change.processMoved() ? load(kind, id) : aggregate);
  }

  /** Changes an existing aggregate and answers the aggregate itself. */
  public <I, A> A change(CaseKind<I, A> kind, I id, BiConsumer<A, Change> action) {
    return change(kind, id, action, Function.identity());
  }

  /**
   * Creates a new aggregate: the factory builds it (the domain validates), then it is saved,
   * audited and its process started as {@link Change} says.
   */
  public <I, A, R> R create(
      CaseKind<I, A> kind, Function<Change, A> factory, Function<A, R> answer) {
    return create(kind, null, factory, answer);
  }

  /**
   * Creates a new aggregate as {@link #create(CaseKind, Function, Function)} does, and records the
   * client's idempotency key (when there is one) in the same transaction, before anything else is
   * written: a second request with the key that runs at the same time fails there and changes
   * nothing ({@link IdempotentRequests.DuplicateRequestException}).
   */
  public <I, A, R> R create(
      CaseKind<I, A> kind,
      Idempotency idempotency,
      Function<Change, A> factory,
      Function<A, R> answer) {
    Change change = new Change(actors.current(), clock);
    A aggregate;
    try {
      aggregate = factory.apply(change);
    } catch (PolicyViolationException e) {
      throw filedUnder(e, kind.objectType(), null);
    }
    I id = kind.idOf().apply(aggregate);
    String caseId = id.toString();
    if (idempotency != null) {
      idempotentRequests.record(idempotency, caseId);
    }
    try {
      kind.repository().save(aggregate);
      carryOut(kind.objectType(), caseId, change);
    } catch (PolicyViolationException e) {
      throw filedUnder(e, kind.objectType(), caseId);
    }
    // the process started may have moved the case on (its first steps run in this transaction)
    return answer.apply(change.processMoved() ? load(kind, id) : aggregate);
  }

  /**
   * Reads an aggregate for a person; the read of a citizen's data is audited ({@code action}, e.g.
   * {@code CASE_READ}).
   */
  public <I, A> A read(
      CaseKind<I, A> kind, I id, String action, String reasonsNl, String reasonsEn) {
    A aggregate = load(kind, id);
    Change change = new Change(actors.current(), clock);
    change.audit(action, (String) null, reasonsNl, reasonsEn);
    fire(change.actor(), kind.objectType(), id.toString(), change.notes);
    return aggregate;
  }

  /**
   * Records that a person read aggregates already loaded (e.g. the results of a search): one audit
   * entry per aggregate ({@code action}, e.g. {@code CASE_READ}), linear in their number.
   */
  public <I, A> void readAll(
      CaseKind<I, A> kind,
      Iterable<A> aggregates,
      String action,
      String reasonsNl,
      String reasonsEn) {
    Change change = new Change(actors.current(), clock);
    change.audit(action, (String) null, reasonsNl, reasonsEn);
    for (A aggregate : aggregates) {
      fire(
          change.actor(), kind.objectType(), kind.idOf().apply(aggregate).toString(), change.notes);
    }
  }

  /** Loads an aggregate or answers 404. */
  public <I, A> A load(CaseKind<I, A> kind, I id) {
    return kind.repository()
        .find(id)
        .orElseThrow(() -> new NotFoundException(kind.objectType(), String.valueOf(id)));
  }

  private void carryOut(String objectType, String caseId, Change change) {
    Actor actor = change.actor();
    fire(actor, objectType, caseId, change.notes);
    if (change.start != null) {
      processes.start(change.start.processKey(), caseId, change.start.variables().asMap());
    }
    if (change.task != null) {
      completeTask(actor, objectType, caseId, change.task);
    }
    for (Change.Message m : change.messages) {
      if (!m.onlyWhenRunning() || processes.isRunning(caseId)) {
        processes.correlate(m.name(), caseId, m.variables().asMap());
      }
    }
    for (Change.LetterToSend l : change.letters) {
      letters.send(
          objectType,
          caseId,
          l.eventKey(),
          l.fileName(),
          l.letter(),
          new LetterOutbox.AuditNote(
              "LETTER_CREATED", null, l.letter().kind() + " " + LetterOutbox.DOCUMENT));
    }
    change.events.forEach(events::fire);
  }

  private void completeTask(
      Actor actor, String objectType, String caseId, Change.TaskCompletion completion) {
    String key = completion.taskKey();
    TaskView task =
        tasks.tasks(TaskQuery.forCase(caseId)).stream()
            .filter(t -> key.equals(t.taskDefinitionKey()))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Er staat geen taak '" + key + "' open voor deze zaak.",
                        "There is no open task '" + key + "' for this case."));
    // an unassigned task offered to one of the actor's roles (or to no group: open to all) is
    // claimed first; a task someone else holds is refused by the task list, never taken over
    List<String> groups = task.candidateGroups() == null ? List.of() : task.candidateGroups();
    if (task.assignee() == null
        && (groups.isEmpty() || groups.stream().anyMatch(g -> hasRole(actor, g)))) {
      tasks.claim(task.id(), actor.userName());
    }
    tasks.complete(task.id(), actor.userName(), completion.variables().asMap());
    Change done = new Change(actor, clock);
    done.audit(
        "TASK_COMPLETED",
        (String) null,
        "Taak '" + task.name() + "' (" + key + ") afgerond door " + actor.userName(),
        "Task '" + task.name() + "' (" + key + ") completed by " + actor.userName());
    fire(actor, objectType, caseId, done.notes);
  }

  private void fire(Actor actor, String objectType, String caseId, Iterable<Change.Note> notes) {
    for (Change.Note n : notes) {
      audit.fire(
          new AuditEvent(
              actor.userName(),
              actor.roles().isEmpty() ? null : actor.rolesText(),
              n.action(),
              objectType,
              caseId,
              Outcome.SUCCESS,
              n.basis(),
              n.reasons()));
    }
  }

  /** The refusal, filed under the case when it names no object of its own. */
  private static PolicyViolationException filedUnder(
      PolicyViolationException e, String objectType, String caseId) {
    return e.objectType() == null ? e.about(objectType, caseId) : e;
  }

  private static boolean hasRole(Actor actor, String group) {
    try {
      return actor.has(Role.valueOf(group));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
