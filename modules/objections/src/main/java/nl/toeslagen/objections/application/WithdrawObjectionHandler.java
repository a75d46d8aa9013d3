package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.objections.application.ObjectionCommands.WithdrawObjection;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.WithdrawalChannel;
import nl.toeslagen.objections.domain.WithdrawalPolicy;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Withdraws the objection (OpenCasePolicy: not once closed; WithdrawalPolicy: a written withdrawal
 * with its date of receipt, a telephone withdrawal confirmed in a letter); the process ends through
 * its withdrawal event sub-process.
 */
@ApplicationScoped
@Transactional
public class WithdrawObjectionHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid WithdrawObjection cmd) {
    String reason = cmd.reason();
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          WithdrawalChannel channel =
              cmd.channel() == null
                  ? null
                  : Fields.enumValue("channel", WithdrawalChannel.class, cmd.channel());
          PolicyDecision d = o.withdraw(channel, cmd.receivedOn(), reason, change.today());
          if (!change.actor().isSystem()) {
            o.recordStep(CaseStep.Kind.WITHDRAWAL, change.actor().userName(), change.today());
          }
          change
              .audit("OBJECTION_WITHDRAWN", (String) null, reason, reason)
              .audit("WITHDRAWAL_REGISTERED", d)
              .correlate(
                  ObjectionProcess.MESSAGE_WITHDRAWN,
                  ProcessVariables.of(ObjectionProcess.WITHDRAWAL_REASON, reason));
          if (new WithdrawalPolicy().confirmedByLetter(channel)) {
            change.sendLetter(
                "WITHDRAWAL_CONFIRMATION",
                "bevestiging-intrekking.pdf",
                ObjectionLetters.withdrawalConfirmation(o, change.today()));
          }
        },
        views::of);
  }
}
