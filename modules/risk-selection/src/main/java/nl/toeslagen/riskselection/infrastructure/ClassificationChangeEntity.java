package nl.toeslagen.riskselection.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.FeatureClassification;

/** Row of {@code rs_classification_change}. */
@Entity
@Table(name = "rs_classification_change")
public class ClassificationChangeEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(updatable = false)
  String feature;

  @Column(name = "from_class", updatable = false)
  String fromClass;

  @Column(name = "to_class", updatable = false)
  String toClass;

  @Column(length = 2000, updatable = false)
  String justification;

  @Column(name = "proposed_by", updatable = false)
  String proposedBy;

  @Column(name = "proposed_at", updatable = false)
  OffsetDateTime proposedAt;

  String status;

  @Column(name = "decided_by")
  String decidedBy;

  @Column(name = "decided_at")
  OffsetDateTime decidedAt;

  @Column(name = "decision_reasons", length = 2000)
  String decisionReasons;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  static ClassificationChangeEntity of(ClassificationChange c) {
    ClassificationChangeEntity e = new ClassificationChangeEntity();
    e.id = c.id();
    e.feature = c.feature();
    e.fromClass = c.from().name();
    e.toClass = c.to().name();
    e.justification = c.justification();
    e.proposedBy = c.proposedBy();
    e.proposedAt = c.proposedAt().atOffset(ZoneOffset.UTC);
    e.apply(c);
    return e;
  }

  void apply(ClassificationChange c) {
    status = c.status().name();
    decidedBy = c.decidedBy();
    decidedAt = c.decidedAt() == null ? null : c.decidedAt().atOffset(ZoneOffset.UTC);
    decisionReasons = c.decisionReasons();
  }

  ClassificationChange toDomain() {
    return new ClassificationChange(
        id,
        feature,
        FeatureClassification.valueOf(fromClass),
        FeatureClassification.valueOf(toClass),
        justification,
        proposedBy,
        proposedAt.toInstant(),
        ClassificationChange.Status.valueOf(status),
        decidedBy,
        decidedAt == null ? null : decidedAt.toInstant(),
        decisionReasons);
  }
}
