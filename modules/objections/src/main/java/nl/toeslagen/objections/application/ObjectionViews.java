package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.workflow.api.ProcessPort;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;

/** Builds the views of a case: its terms as of today and the process's active steps. */
@ApplicationScoped
public class ObjectionViews {

  @Inject ObjectionCases cases;
  @Inject ProcessPort processes;
  @Inject Clock clock;
  @Inject ActorProvider actors;
  @Inject TaskPort tasks;

  /** Today in Amsterdam, as the legal terms count. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }

  /** The case with the steps its process is at and what the current user may do on it now. */
  public ObjectionView of(Objection o) {
    LocalDate today = today();
    List<ObjectionActions.OpenTask> open =
        tasks.tasks(TaskQuery.forCase(o.id().toString())).stream()
            .filter(t -> ObjectionProcess.PROCESS_KEY.equals(t.processKey()))
            .map(
                t ->
                    new ObjectionActions.OpenTask(
                        t.id(),
                        t.taskDefinitionKey(),
                        t.name(),
                        t.assignee(),
                        t.candidateGroups() == null ? List.of() : t.candidateGroups()))
            .toList();
    return ObjectionView.from(
        o,
        cases.terms(),
        today,
        processes.activeActivityIds(o.id().toString()),
        ObjectionActions.of(o, actors.current(), today, open),
        open);
  }

  /** The case without its process steps (overviews). */
  public ObjectionView summary(Objection o, LocalDate today) {
    return ObjectionView.from(o, cases.terms(), today, List.of());
  }
}
