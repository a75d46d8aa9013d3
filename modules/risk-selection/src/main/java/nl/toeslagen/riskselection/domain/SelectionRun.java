package nl.toeslagen.riskselection.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run of an active rule set over a batch: every case's score and explanation, the control
 * sample, and the bias report. A run is recorded once per batch id (idempotent) and never changes.
 */
public final class SelectionRun {

  /** The object type runs have in the audit trail. */
  public static final String OBJECT_TYPE = "SELECTION_RUN";

  private final String id;
  private final String batchId;
  private final RuleSetId ruleSetId;
  private final String ruleSetName;
  private final int ruleSetVersion;
  private final String startedBy;
  private final Instant startedAt;
  private final int controlSampleSize;
  private final List<RunCase> cases;
  private final BiasReport report;

  public SelectionRun(
      String id,
      String batchId,
      RuleSetId ruleSetId,
      String ruleSetName,
      int ruleSetVersion,
      String startedBy,
      Instant startedAt,
      int controlSampleSize,
      List<RunCase> cases,
      BiasReport report) {
    this.id = Objects.requireNonNull(id);
    this.batchId = Objects.requireNonNull(batchId);
    this.ruleSetId = Objects.requireNonNull(ruleSetId);
    this.ruleSetName = ruleSetName;
    this.ruleSetVersion = ruleSetVersion;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.controlSampleSize = controlSampleSize;
    this.cases = List.copyOf(cases);
    this.report = report;
  }

  public String id() {
    return id;
  }

  public String batchId() {
    return batchId;
  }

  public RuleSetId ruleSetId() {
    return ruleSetId;
  }

  public String ruleSetName() {
    return ruleSetName;
  }

  public int ruleSetVersion() {
    return ruleSetVersion;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public int controlSampleSize() {
    return controlSampleSize;
  }

  public List<RunCase> cases() {
    return cases;
  }

  public BiasReport report() {
    return report;
  }

  public long selectedCount() {
    return cases.stream().filter(RunCase::selected).count();
  }

  public long controlCount() {
    return cases.stream().filter(RunCase::inControlSample).count();
  }

  public boolean flagged() {
    return report != null && report.flagged();
  }
}
