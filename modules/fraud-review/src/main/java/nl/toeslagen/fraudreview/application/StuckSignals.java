package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.fraudreview.application.SignalViews.StuckSignal;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.LegalCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signals that are stuck: a pending determination nobody may approve, or one pending longer than
 * {@code toeslagen.fraud.stuck-after-working-days} working days. For the team manager; the read is
 * audited (STUCK_SIGNALS_VIEWED).
 */
@ApplicationScoped
@Transactional
public class StuckSignals {

  @Inject SignalRepository signals;
  @Inject SignalAnswers answers;
  @Inject ActorProvider actors;
  @Inject Event<AuditEvent> audit;
  @Inject Clock clock;
  @Inject LegalCalendar calendar;

  /** A pending determination older than this many working days shows as stuck to the manager. */
  @Inject
  @ConfigProperty(name = "toeslagen.fraud.stuck-after-working-days", defaultValue = "5")
  int stuckAfterWorkingDays = 5;

  /**
   * The last day a determination authored on {@code authoredOn} may wait for approval before it
   * counts as stuck: that many working days later. Also the approval task's term in the task list.
   */
  public LocalDate approvalDueBy(LocalDate authoredOn) {
    return calendar.plusWorkingDays(authoredOn, stuckAfterWorkingDays);
  }

  public List<StuckSignal> list() {
    Actor actor = actors.current();
    LocalDate today = LocalDate.now(clock.withZone(DateRange.ZONE));
    List<StuckSignal> found = new ArrayList<>();
    for (Signal s : signals.open()) {
      Determination d = s.awaitingApproval().orElse(null);
      if (d == null) {
        continue;
      }
      List<String> approvers = answers.approvers(s, d);
      boolean nobody = approvers != null && approvers.isEmpty();
      LocalDate authored = d.authoredAt().atZone(DateRange.ZONE).toLocalDate();
      boolean tooLong = calendar != null && today.isAfter(approvalDueBy(authored));
      if (!nobody && !tooLong) {
        continue;
      }
      String role = RequiredApproverRole.of(d.phase(), d.conclusion()).name();
      String nl =
          (nobody ? "Niemand met de rol " + role + " mag de vaststelling goedkeuren." : "")
              + (nobody && tooLong ? " " : "")
              + (tooLong
                  ? "Wacht langer dan " + stuckAfterWorkingDays + " werkdagen op goedkeuring."
                  : "");
      String en =
          (nobody ? "Nobody with the role " + role + " may approve the determination." : "")
              + (nobody && tooLong ? " " : "")
              + (tooLong
                  ? "Waiting for approval longer than " + stuckAfterWorkingDays + " working days."
                  : "");
      found.add(
          new StuckSignal(
              s.id().value(),
              s.citizen().masked(),
              s.phase().name(),
              d.id(),
              d.author(),
              d.authoredAt(),
              role,
              approvers == null ? List.of() : approvers,
              nobody,
              tooLong,
              nl,
              en));
    }
    found.sort(Comparator.comparing(StuckSignal::authoredAt));
    audit.fire(
        new AuditEvent(
            actor.userName(),
            actor.rolesText().isEmpty() ? null : actor.rolesText(),
            "STUCK_SIGNALS_VIEWED",
            "SIGNAL_OVERVIEW",
            "stuck",
            Outcome.SUCCESS,
            null,
            found.size() + " vastgelopen signaal/signalen / stuck signals"));
    return found;
  }
}
