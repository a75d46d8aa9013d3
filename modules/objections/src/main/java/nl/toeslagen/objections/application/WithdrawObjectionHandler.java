package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.objections.application.ObjectionCommands.WithdrawObjection;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Withdraws the objection (OpenCasePolicy: not once closed); the process ends through its
 * withdrawal event sub-process.
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
          o.withdraw(change.today(), reason);
          if (!change.actor().isSystem()) {
            o.recordStep(CaseStep.Kind.WITHDRAWAL, change.actor().userName(), change.today());
          }
          change
              .audit("OBJECTION_WITHDRAWN", (String) null, reason, reason)
              .correlate(
                  ObjectionProcess.MESSAGE_WITHDRAWN,
                  ProcessVariables.of(ObjectionProcess.WITHDRAWAL_REASON, reason));
        },
        views::of);
  }
}
