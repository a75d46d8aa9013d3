package nl.toeslagen.usecase.api;

import jakarta.enterprise.event.Event;
import java.time.Clock;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.documents.api.LetterOutbox;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.workflow.api.ProcessPort;
import nl.toeslagen.workflow.api.TaskPort;

/** Wires the shared unit of work with test doubles, for the fraud-review handler tests. */
public final class UnitOfWorkForTests {

  private UnitOfWorkForTests() {}

  public static UnitOfWork of(
      ActorProvider actors,
      Clock clock,
      Event<AuditEvent> audit,
      Event<Object> events,
      ProcessPort processes,
      TaskPort tasks,
      LetterOutbox letters) {
    UnitOfWork work = new UnitOfWork();
    work.actors = actors;
    work.clock = clock;
    work.audit = audit;
    work.events = events;
    work.processes = processes;
    work.tasks = tasks;
    work.letters = letters;
    return work;
  }
}
