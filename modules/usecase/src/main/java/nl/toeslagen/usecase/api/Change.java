package nl.toeslagen.usecase.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * What one use case does besides changing its aggregate, collected while the domain acts and
 * carried out by the {@link UnitOfWork} after the aggregate is saved, in this order: audit entries,
 * process start, task completion, messages, letters, domain events. Everything happens in the use
 * case's one transaction, so it all commits or rolls back together.
 */
public final class Change {

  /** One audit entry: action, legal basis, reasons in Dutch and English. */
  public record Note(String action, String basis, String reasonsNl, String reasonsEn) {
    public Note {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(reasonsNl, "reasonsNl");
    }

    /** The reasons as the audit entry stores them: Dutch, then English. */
    public String reasons() {
      return reasonsEn == null || reasonsEn.isBlank() || reasonsEn.equals(reasonsNl)
          ? reasonsNl
          : reasonsNl + " / " + reasonsEn;
    }
  }

  /** A user task of the case to complete, with the values the process routes on. */
  public record TaskCompletion(String taskKey, ProcessVariables variables) {}

  /** A message to the case's running process. */
  public record Message(String name, ProcessVariables variables, boolean onlyWhenRunning) {}

  /** A process to start for the case. */
  public record Start(String processKey, ProcessVariables variables) {}

  /** A letter to queue (rendered after commit, once per event). */
  public record LetterToSend(String eventKey, String fileName, Letter letter) {}

  private final Actor actor;
  private final Clock clock;
  final List<Note> notes = new ArrayList<>();
  final List<Message> messages = new ArrayList<>();
  final List<LetterToSend> letters = new ArrayList<>();
  final List<Object> events = new ArrayList<>();
  Start start;
  TaskCompletion task;

  Change(Actor actor, Clock clock) {
    this.actor = actor;
    this.clock = clock;
  }

  /** Who acts. */
  public Actor actor() {
    return actor;
  }

  /** Today in Amsterdam, as the legal terms count. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }

  /** Now. */
  public Instant now() {
    return clock.instant();
  }

  /** Records an audit entry of this change. */
  public Change audit(String action, LegalReference basis, String reasonsNl, String reasonsEn) {
    return audit(action, basis == null ? null : basis.toString(), reasonsNl, reasonsEn);
  }

  /** Records an audit entry of this change, with the legal basis as text. */
  public Change audit(String action, String basis, String reasonsNl, String reasonsEn) {
    notes.add(new Note(action, basis, reasonsNl, reasonsEn));
    return this;
  }

  /** Records an audit entry of a policy's decision: its basis and reasons, named. */
  public Change audit(String action, PolicyDecision decision) {
    return audit(
        action,
        decision.basis(),
        decision.policy() + ": " + decision.reasonNl(),
        decision.policy() + ": " + decision.reasonEn());
  }

  /** Starts the case's process (business key = the case id) after saving. */
  public Change startProcess(String processKey, ProcessVariables variables) {
    this.start = new Start(processKey, variables);
    return this;
  }

  /**
   * Completes the case's open user task {@code taskKey} as the actor after saving: an unassigned
   * task offered to one of the actor's roles is claimed first; a task assigned to someone else is
   * refused (TaskOwnershipPolicy, 403); no such open task is a conflict (409). One task per change.
   */
  public Change completeTask(String taskKey, ProcessVariables variables) {
    if (task != null) {
      throw new IllegalStateException("one task per change: " + task.taskKey() + ", " + taskKey);
    }
    this.task = new TaskCompletion(taskKey, variables);
    return this;
  }

  /** Sends a message to the case's process. */
  public Change correlate(String messageName, ProcessVariables variables) {
    messages.add(new Message(messageName, variables, false));
    return this;
  }

  /** Sends a message to the case's process when it is still running. */
  public Change correlateIfRunning(String messageName, ProcessVariables variables) {
    messages.add(new Message(messageName, variables, true));
    return this;
  }

  /** Queues a letter of the case for an event. */
  public Change sendLetter(String eventKey, String fileName, Letter letter) {
    letters.add(new LetterToSend(eventKey, fileName, letter));
    return this;
  }

  /** Publishes a domain event (CDI, observed in the same transaction). */
  public Change publish(Object event) {
    events.add(Objects.requireNonNull(event, "event"));
    return this;
  }

  /** Whether the process may have moved on, so the aggregate must be read again for the answer. */
  boolean processMoved() {
    return start != null || task != null || !messages.isEmpty();
  }
}
