package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;

/**
 * Records refused attempts in their own transaction, so the entry survives the rollback of the
 * refused change. Call it before the refusing transaction wrote any audit entry.
 */
@ApplicationScoped
public class RefusalAudit {

  @Inject Event<AuditEvent> audit;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refused(Actor actor, String action, String signalId, PolicyDecision decision) {
    audit.fire(
        new AuditEvent(
            actor.userName(),
            SignalService.roleOf(actor),
            action,
            SignalService.OBJECT_TYPE,
            signalId,
            Outcome.REFUSED,
            decision.basis() == null ? null : decision.basis().toString(),
            decision.policy() + ": " + decision.reasonNl() + " / " + decision.reasonEn()));
  }
}
