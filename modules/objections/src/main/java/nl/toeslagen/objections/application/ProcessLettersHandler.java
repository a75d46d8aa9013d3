package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * The letters the process sends as the system: acknowledgement, repair request, hearing invitation.
 * Each is queued once per event and rendered after commit (ADR 0011).
 */
@ApplicationScoped
@Transactional
public class ProcessLettersHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;

  public void sendAcknowledgement(ObjectionId id) {
    work.report(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) ->
            change.sendLetter(
                "ACKNOWLEDGEMENT",
                "ontvangstbevestiging.pdf",
                ObjectionLetters.acknowledgement(o, change.today())));
  }

  public void sendRepairRequest(ObjectionId id) {
    work.report(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) -> {
          if (o.repair() == null) {
            throw new ConflictException(
                "Er is geen verzoek om herstel.", "There is no repair request.");
          }
          change.sendLetter(
              "REPAIR_REQUEST:" + o.repair().requestedOn(),
              "verzoek-om-herstel.pdf",
              ObjectionLetters.repairRequest(o, o.repair(), change.today()));
        });
  }

  public void sendHearingInvitation(ObjectionId id) {
    work.report(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) -> {
          Hearing h = o.hearing();
          if (h == null || h.skipped()) {
            throw new ConflictException(
                "Er is geen hoorzitting gepland.", "No hearing is scheduled.");
          }
          change.sendLetter(
              "HEARING_INVITATION:" + h.scheduledAt(),
              "uitnodiging-hoorzitting.pdf",
              ObjectionLetters.hearingInvitation(o, h, change.today()));
        });
  }
}
