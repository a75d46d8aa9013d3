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
 * Records a refused attempt that is not a {@link nl.toeslagen.kernel.PolicyViolationException}
 * (those are audited once by the web module's exception mapper), e.g. a determination without
 * reasons that is answered with 400. Written in its own transaction, so the entry survives the
 * rollback of the refused change.
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
