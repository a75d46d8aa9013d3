package nl.toeslagen.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.DecisionRecord;
import nl.toeslagen.audit.api.DecisionRecords;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.audit.domain.DecisionRecordRules;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;

/** Stores decision records in {@code audit_decision_record}, each with its audit entry. */
@ApplicationScoped
public class JpaDecisionRecords implements DecisionRecords {

  static final String ACTION = "DECISION_RECORDED";

  @PersistenceContext(unitName = "audit")
  EntityManager em;

  @Inject JpaAuditLog auditLog;

  @Inject Clock clock;

  @Inject Instance<ActorProvider> actors;

  @Override
  @Transactional(TxType.REQUIRED)
  public DecisionRecord store(DecisionRecord record) {
    DecisionRecord valid = DecisionRecordRules.validate(record);
    DecisionRecord stored =
        valid.withIdAndTime(
            valid.id() == null ? UUID.randomUUID().toString() : valid.id(),
            valid.recordedAt() == null
                ? clock.instant().truncatedTo(ChronoUnit.MILLIS)
                : valid.recordedAt().truncatedTo(ChronoUnit.MILLIS));
    // The audit entry is flushed first, so the record can refer to it.
    String entryKey =
        auditLog.appendUnlinked(
            new AuditEvent(
                stored.preparer(),
                roleOf(stored.preparer()),
                ACTION,
                stored.objectType(),
                stored.objectId(),
                Outcome.SUCCESS,
                stored.legalReferences().get(0),
                summary(stored)));
    em.persist(AuditDecisionRecordEntity.from(stored, entryKey));
    return stored;
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public List<DecisionRecord> forObject(String objectType, String objectId) {
    return em
        .createQuery(
            "SELECT d FROM AuditDecisionRecordEntity d WHERE d.objectType = :type"
                + " AND d.objectId = :id ORDER BY d.recordedAt, d.id",
            AuditDecisionRecordEntity.class)
        .setParameter("type", objectType)
        .setParameter("id", objectId)
        .getResultList()
        .stream()
        .map(AuditDecisionRecordEntity::toRecord)
        .toList();
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public Optional<DecisionRecord> byId(String id) {
    return Optional.ofNullable(em.find(AuditDecisionRecordEntity.class, id))
        .map(AuditDecisionRecordEntity::toRecord);
  }

  static String summary(DecisionRecord r) {
    return "decision "
        + r.id()
        + ": "
        + r.decisionType()
        + " = "
        + r.decisionOutcome()
        + "; grounds: "
        + r.grounds().size()
        + "; legal references: "
        + String.join(", ", r.legalReferences())
        + (r.caseLaw().isEmpty() ? "" : "; case law: " + String.join(", ", r.caseLaw()))
        + "; approver: "
        + (r.approver() == null ? "none" : r.approver());
  }

  private String roleOf(String preparer) {
    try {
      if (actors != null && actors.isResolvable()) {
        Actor actor = actors.get().current();
        if (actor != null && preparer.equals(actor.userName())) {
          String roles = actor.rolesText();
          return roles.isEmpty() ? null : roles;
        }
      }
    } catch (RuntimeException noActorHere) {
      // no request (e.g. a workflow job): the role is unknown
    }
    return null;
  }
}
