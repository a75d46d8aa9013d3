package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.objections.application.ObjectionCommands.RecordContact;
import nl.toeslagen.objections.application.ObjectionCommands.WithdrawObjection;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.WithdrawalChannel;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Records the proactive phone contact; an objection withdrawn during the call is a withdrawal
 * ({@link WithdrawObjectionHandler}).
 */
@ApplicationScoped
@Transactional
public class RecordContactHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;
  @Inject WithdrawObjectionHandler withdrawal;

  public ObjectionView handle(@NotNull @Valid RecordContact cmd) {
    if (cmd.withdrawn()) {
      try {
        return withdrawTelephonically(cmd);
      } catch (PolicyViolationException e) {
        // the date of the call is the contact's date: name the field of this request
        throw "receivedOn".equals(e.field()) ? e.onField("contactedOn") : e;
      }
    }
    return record(cmd);
  }

  private ObjectionView withdrawTelephonically(RecordContact cmd) {
    return withdrawal.handle(
        new WithdrawObjection(
            cmd.objection(),
            "Ingetrokken tijdens telefonisch contact: "
                + (cmd.agreement() == null ? "" : cmd.agreement()),
            WithdrawalChannel.TELEPHONE.name(),
            cmd.contactedOn()));
  }

  private ObjectionView record(RecordContact cmd) {
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          ContactOutcome outcome =
              new ContactOutcome(
                  cmd.contactedOn() == null ? change.today() : cmd.contactedOn(),
                  cmd.reached(),
                  cmd.agreement(),
                  false,
                  cmd.resolved());
          o.recordContact(outcome);
          o.recordStep(CaseStep.Kind.CONTACT, change.actor().userName(), change.today());
          String agreement = outcome.agreement().isBlank() ? "" : ": " + outcome.agreement();
          change
              .audit(
                  "PROACTIVE_CONTACT_RECORDED",
                  (String) null,
                  (outcome.reached() ? "Bereikt" : "Niet bereikt")
                      + (outcome.resolved() ? ", opgelost" : "")
                      + agreement,
                  (outcome.reached() ? "Reached" : "Not reached")
                      + (outcome.resolved() ? ", resolved" : "")
                      + agreement)
              .completeTask(ObjectionProcess.TASK_CONTACT, ProcessVariables.none());
        },
        views::of);
  }
}
