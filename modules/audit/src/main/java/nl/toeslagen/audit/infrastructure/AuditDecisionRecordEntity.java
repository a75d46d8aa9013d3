package nl.toeslagen.audit.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.audit.api.DecisionRecord;

/** Row of {@code audit_decision_record}; list-valued parts are JSON text. Insert-only. */
@Entity
@Table(name = "audit_decision_record")
@Cacheable(false)
public class AuditDecisionRecordEntity {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "decision_type", length = 60, nullable = false, updatable = false)
  private String decisionType;

  @Column(name = "decision_outcome", length = 60, nullable = false, updatable = false)
  private String decisionOutcome;

  @Column(name = "object_type", length = 60, nullable = false, updatable = false)
  private String objectType;

  @Column(name = "object_id", length = 100, nullable = false, updatable = false)
  private String objectId;

  @Column(name = "grounds_json", length = 20000, nullable = false, updatable = false)
  private String groundsJson;

  @Column(name = "facts_json", length = 20000, nullable = false, updatable = false)
  private String factsJson;

  @Column(name = "legal_references_json", length = 4000, nullable = false, updatable = false)
  private String legalReferencesJson;

  @Column(name = "case_law_json", length = 4000, nullable = false, updatable = false)
  private String caseLawJson;

  @Column(name = "versions_applied_json", length = 4000, nullable = false, updatable = false)
  private String versionsAppliedJson;

  @Column(name = "preparer", length = 100, nullable = false, updatable = false)
  private String preparer;

  @Column(name = "approver", length = 100, updatable = false)
  private String approver;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  /** Set only on records stored before V2_3; newer records refer to their entry by id. */
  @Column(name = "audit_sequence", updatable = false)
  private Long auditSequence;

  @Column(name = "audit_entry_key", updatable = false, length = 36)
  private String auditEntryKey;

  protected AuditDecisionRecordEntity() {}

  static AuditDecisionRecordEntity from(DecisionRecord r, String auditEntryKey) {
    AuditDecisionRecordEntity row = new AuditDecisionRecordEntity();
    row.id = r.id();
    row.decisionType = r.decisionType();
    row.decisionOutcome = r.decisionOutcome();
    row.objectType = r.objectType();
    row.objectId = r.objectId();
    row.groundsJson = DecisionRecordJson.groundsToJson(r.grounds());
    row.factsJson = DecisionRecordJson.factsToJson(r.facts());
    row.legalReferencesJson = DecisionRecordJson.stringsToJson(r.legalReferences());
    row.caseLawJson = DecisionRecordJson.stringsToJson(r.caseLaw());
    row.versionsAppliedJson = DecisionRecordJson.stringsToJson(r.versionsApplied());
    row.preparer = r.preparer();
    row.approver = r.approver();
    row.recordedAt = r.recordedAt().atOffset(ZoneOffset.UTC);
    row.auditEntryKey = auditEntryKey;
    return row;
  }

  DecisionRecord toRecord() {
    return new DecisionRecord(
        id,
        decisionType,
        decisionOutcome,
        objectType,
        objectId,
        DecisionRecordJson.groundsFromJson(groundsJson),
        DecisionRecordJson.factsFromJson(factsJson),
        DecisionRecordJson.stringsFromJson(legalReferencesJson),
        DecisionRecordJson.stringsFromJson(caseLawJson),
        DecisionRecordJson.stringsFromJson(versionsAppliedJson),
        preparer,
        approver,
        recordedAt.toInstant());
  }
}
