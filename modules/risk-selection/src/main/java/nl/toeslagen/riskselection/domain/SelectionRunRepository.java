package nl.toeslagen.riskselection.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.kernel.Repository;

/** Selection runs, their cases and the monitoring view of the protected attributes. */
public interface SelectionRunRepository extends Repository<String, SelectionRun> {

  Optional<SelectionRun> byBatch(String batchId);

  /** Runs without their cases, newest first. */
  List<RunSummary> summaries();

  /** The case of a run a signal was opened for. */
  Optional<RunCaseOfSignal> bySignal(String signalId);

  /**
   * Stores the protected attributes of a run's cases in the monitoring view (case reference to
   * attribute to value); rules never read this view.
   */
  void saveMonitoring(String runId, Map<String, Map<String, String>> attributesByCase);

  /** A run as listed. */
  record RunSummary(
      String id,
      String batchId,
      String ruleSetId,
      String ruleSetName,
      int ruleSetVersion,
      String startedBy,
      java.time.Instant startedAt,
      int cases,
      int selected,
      int controlSample,
      boolean flagged) {}

  /** A run's case found by its signal. */
  record RunCaseOfSignal(String runId, String batchId, RunCase runCase) {}
}
