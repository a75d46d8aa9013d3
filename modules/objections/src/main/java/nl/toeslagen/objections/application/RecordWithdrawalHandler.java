package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.Stage;
import nl.toeslagen.usecase.api.UnitOfWork;

/** Process step after the withdrawal message: makes sure the case is closed as withdrawn. */
@ApplicationScoped
@Transactional
public class RecordWithdrawalHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;

  public void handle(ObjectionId id, String reason) {
    work.changeAs(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) -> {
          if (o.stage() != Stage.WITHDRAWN) {
            o.withdraw(change.today(), reason == null ? "Ingetrokken" : reason);
          }
          change.audit(
              "PROCESS_ENDED_BY_WITHDRAWAL",
              (String) null,
              o.withdrawalReason(),
              o.withdrawalReason());
        });
  }
}
