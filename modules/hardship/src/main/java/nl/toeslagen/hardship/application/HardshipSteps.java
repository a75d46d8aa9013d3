package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import nl.toeslagen.documents.api.LetterOutbox;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.HardshipRequests;
import nl.toeslagen.hardship.domain.HardshipStatus;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * What the process does by itself: escalate a triage or urgent contact whose working day passed
 * (audited, the team leader notified), and send the decision letter once the request is decided
 * (queued in the step's transaction, rendered after commit, exactly once).
 */
@ApplicationScoped
@Transactional
public class HardshipSteps {

  /** The event key of the decision letter. */
  public static final String DECISION_EVENT = "DECISION";

  @Inject UnitOfWork work;
  @Inject HardshipRequests requests;
  @Inject Notifications notifications;
  @Inject LetterOutbox letters;
  @Inject Clock clock;

  /** The triage's working day passed with the request still untriaged. */
  public void triageOverdue(HardshipRequestId id) {
    escalate(id, HardshipStatus.TRIAGE, "Triage", true);
  }

  /** The urgent contact's day passed without contact. */
  public void contactOverdue(HardshipRequestId id) {
    escalate(id, HardshipStatus.URGENT_CONTACT, "Spoedcontact", false);
  }

  private void escalate(HardshipRequestId id, HardshipStatus step, String stepNl, boolean triage) {
    HardshipRequest current = work.load(HardshipCase.kind(requests), id);
    if (current.status() != step) {
      return; // done in the meantime
    }
    work.changeAs(
        Actor.system(),
        HardshipCase.kind(requests),
        id,
        (r, change) -> {
          LocalDate deadline = triage ? r.triageDeadline() : r.urgentContactDeadline();
          r.escalate(step.name(), deadline, change.now());
          change.audit(
              triage ? "HARDSHIP_TRIAGE_OVERDUE" : "HARDSHIP_CONTACT_OVERDUE",
              nl.toeslagen.hardship.domain.TriageDeadlinePolicy.NAME,
              stepNl + " niet gedaan op " + deadline + "; geëscaleerd naar TEAMLEIDER.",
              step.labelEn() + " not done by " + deadline + "; escalated to TEAMLEIDER.");
          notifications.send(
              new Notice(
                  null,
                  Role.TEAMLEIDER,
                  NoticeKind.DEADLINE_ESCALATION,
                  HardshipVocabularies.CONTEXT,
                  r.id().value(),
                  r.caseNumber() + " · " + r.kind().labelNl(),
                  stepNl
                      + " van dit hardheidsverzoek is niet op tijd gedaan (uiterlijk "
                      + deadline
                      + ").",
                  Actor.SYSTEM_USER));
        });
  }

  /** Queues the decision letter of a decided request. */
  public void sendDecision(HardshipRequestId id) {
    HardshipRequest r =
        requests
            .find(id)
            .orElseThrow(
                () ->
                    new nl.toeslagen.kernel.NotFoundException(
                        HardshipRequestId.OBJECT_TYPE, id.value()));
    if (r.decision().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(DateRange.ZONE));
    letters.send(
        HardshipRequestId.OBJECT_TYPE,
        id.value(),
        DECISION_EVENT,
        "beslissing-hardheidsverzoek.pdf",
        DecisionLetter.compose(r, today),
        new LetterOutbox.AuditNote(
            "HARDSHIP_DECISION_SENT",
            "BWBR0005537 art. 3:41",
            "Beslisbrief/decision letter "
                + LetterOutbox.DOCUMENT
                + " ("
                + r.decision().orElseThrow().outcome()
                + ")"));
  }
}
