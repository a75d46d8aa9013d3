package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;

/**
 * The deadline watch's timers, as the system: the reminder to the assignee, the escalation to the
 * team manager, the report of a missed deadline and whether (and when) it is repeated. Each is
 * audited and reaches the people concerned as a notice (in the same transaction).
 */
@ApplicationScoped
@Transactional
public class DeadlineWatchHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject TaskPort tasks;
  @Inject Notifications notifications;

  /** Ten working days before the deadline: reminds the assignee(s) of the open task(s). */
  public void remind(ObjectionId id) {
    var open = tasks.tasks(TaskQuery.forCase(id.toString()));
    String assignees =
        open.stream()
            .map(t -> t.assignee() == null ? "(niet toegewezen)" : t.assignee())
            .distinct()
            .reduce((a, b) -> a + ", " + b)
            .orElse("-");
    work.report(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) -> {
          change.audit(
              "DEADLINE_REMINDER",
              Laws.awb("7:10"),
              "Nog 10 werkdagen tot " + o.term().deadline() + ". Herinnering aan: " + assignees,
              "10 working days left until " + o.term().deadline() + ". Reminder to: " + assignees);
          ObjectionNotices.reminders(o, open).forEach(notifications::send);
        });
  }

  /** Five working days before the deadline: escalates to the team manager. */
  public void escalate(ObjectionId id) {
    work.report(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) -> {
          change.audit(
              "DEADLINE_ESCALATED",
              Laws.awb("7:10"),
              "Nog 5 werkdagen tot " + o.term().deadline() + "; geëscaleerd naar TEAMLEIDER.",
              "5 working days left until " + o.term().deadline() + "; escalated to TEAMLEIDER.");
          notifications.send(ObjectionNotices.escalation(o));
        });
  }

  /**
   * The deadline has passed: reported to the team manager while the case is open. Answers when the
   * report repeats (OverdueReportPolicy, ISO-8601), or null: the watch ends.
   */
  public String deadlinePassed(ObjectionId id) {
    Objection current = work.load(cases.kind(), id);
    if (!current.stage().closed()) {
      work.report(
          Actor.system(),
          cases.kind(),
          id,
          (o, change) -> {
            var penalty = o.penalty(change.today());
            var repeat = o.overdueReport();
            change.audit(
                "DEADLINE_PASSED",
                Laws.awb("7:10"),
                "Uiterste beslisdatum "
                    + o.term().deadline()
                    + " verstreken; gemeld aan TEAMLEIDER. "
                    + penalty.reasonNl()
                    + " "
                    + repeat.reasonNl(),
                "Decision deadline "
                    + o.term().deadline()
                    + " passed; reported to TEAMLEIDER. "
                    + penalty.reasonEn()
                    + " "
                    + repeat.reasonEn());
            notifications.send(ObjectionNotices.deadlinePassed(o));
          });
    }
    return current.overdueRepeatAfter();
  }
}
