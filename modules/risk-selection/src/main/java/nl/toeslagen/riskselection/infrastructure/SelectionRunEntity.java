package nl.toeslagen.riskselection.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Row of {@code rs_selection_run}; its cases are rows of {@code rs_run_case}. */
@Entity
@Table(name = "rs_selection_run")
public class SelectionRunEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(name = "batch_id", updatable = false)
  String batchId;

  @Column(name = "rule_set_id", updatable = false)
  String ruleSetId;

  @Column(name = "rule_set_name", updatable = false)
  String ruleSetName;

  @Column(name = "rule_set_version", updatable = false)
  int ruleSetVersion;

  @Column(name = "started_by", updatable = false)
  String startedBy;

  @Column(name = "started_at", updatable = false)
  OffsetDateTime startedAt;

  @Column(name = "control_sample_size", updatable = false)
  int controlSampleSize;

  @Column(name = "case_count", updatable = false)
  int caseCount;

  @Column(name = "selected_count", updatable = false)
  int selectedCount;

  @Column(name = "control_count", updatable = false)
  int controlCount;

  @Column(updatable = false)
  boolean flagged;

  @Column(name = "report_json", length = 1000000, updatable = false)
  String reportJson;
}
