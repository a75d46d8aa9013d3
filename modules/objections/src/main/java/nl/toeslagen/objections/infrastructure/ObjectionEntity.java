package nl.toeslagen.objections.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Row of {@code obj_objection}: every queried fact a column (with an index, see ADR 0016) plus the
 * full state as a JSON document of schema version {@code stateVersion}.
 */
@Entity
@Table(name = "obj_objection")
public class ObjectionEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "bsn", length = 9, nullable = false)
  String bsn;

  @Column(name = "benefit_type", length = 30, nullable = false)
  String benefitType;

  @Column(name = "contested_reference", length = 64, nullable = false)
  String contestedReference;

  @Column(name = "contested_type", length = 30, nullable = false)
  String contestedType;

  @Column(name = "contested_date", nullable = false)
  LocalDate contestedDate;

  @Column(name = "received_date", nullable = false)
  LocalDate receivedDate;

  @Column(name = "channel", length = 20, nullable = false)
  String channel;

  @Column(name = "stage", length = 30, nullable = false)
  String stage;

  @Column(name = "timeliness", length = 20, nullable = false)
  String timeliness;

  @Column(name = "objection_term_end", nullable = false)
  LocalDate objectionTermEnd;

  @Column(name = "decision_deadline", nullable = false)
  LocalDate decisionDeadline;

  @Column(name = "notice_of_default")
  LocalDate noticeOfDefault;

  @Column(name = "closed_on")
  LocalDate closedOn;

  @Column(name = "created_by", length = 100, nullable = false)
  String createdBy;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "state_json", length = 1000000, nullable = false)
  String stateJson;

  /** The schema version of {@link #stateJson}, as written (rows of before V3_3 hold 1). */
  @Column(name = "state_version", nullable = false)
  int stateVersion;

  @Column(name = "case_number", length = 20, nullable = false, unique = true, updatable = false)
  String caseNumber;
}
