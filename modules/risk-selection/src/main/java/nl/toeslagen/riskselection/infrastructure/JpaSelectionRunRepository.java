package nl.toeslagen.riskselection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.riskselection.domain.BiasReport;
import nl.toeslagen.riskselection.domain.Explanation;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RunCase;
import nl.toeslagen.riskselection.domain.SelectionRun;
import nl.toeslagen.riskselection.domain.SelectionRunRepository;

/**
 * Runs in {@code rs_selection_run}, their cases in {@code rs_run_case} (written once, in batch
 * order) and the protected attributes in {@code rs_run_monitoring}, which only the monitoring
 * reads.
 */
@ApplicationScoped
public class JpaSelectionRunRepository implements SelectionRunRepository {

  private static final String INSERT_CASE =
      "INSERT INTO rs_run_case (run_id, case_index, case_ref, bsn_masked, benefit_type, total,"
          + " selected, control_sample, signal_id, explanation_json)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ";

  @PersistenceContext(unitName = "riskselection")
  EntityManager em;

  @Override
  public Optional<SelectionRun> find(String id) {
    SelectionRunEntity e = em.find(SelectionRunEntity.class, id);
    return Optional.ofNullable(e).map(this::toDomain);
  }

  @Override
  public Optional<SelectionRun> byBatch(String batchId) {
    return em
        .createQuery(
            "select r from SelectionRunEntity r where r.batchId = :batch", SelectionRunEntity.class)
        .setParameter("batch", batchId)
        .getResultList()
        .stream()
        .findFirst()
        .map(this::toDomain);
  }

  @Override
  public void save(SelectionRun run) {
    if (em.find(SelectionRunEntity.class, run.id()) != null) {
      return; // a run never changes
    }
    SelectionRunEntity e = new SelectionRunEntity();
    e.id = run.id();
    e.batchId = run.batchId();
    e.ruleSetId = run.ruleSetId().value();
    e.ruleSetName = run.ruleSetName();
    e.ruleSetVersion = run.ruleSetVersion();
    e.startedBy = run.startedBy();
    e.startedAt = run.startedAt().atOffset(ZoneOffset.UTC);
    e.controlSampleSize = run.controlSampleSize();
    e.caseCount = run.cases().size();
    e.selectedCount = (int) run.selectedCount();
    e.controlCount = (int) run.controlCount();
    e.flagged = run.flagged();
    e.reportJson = RiskSelectionJson.write(run.report());
    em.persist(e);
    em.flush();
    List<RunCase> cases = run.cases();
    for (int i = 0; i < cases.size(); i++) {
      RunCase c = cases.get(i);
      // no typed null bind (PostgreSQL): a case without a signal gets the literal NULL
      var insert =
          em.createNativeQuery(INSERT_CASE + (c.signalId() == null ? "NULL, ?)" : "?, ?)"))
              .setParameter(1, run.id())
              .setParameter(2, i)
              .setParameter(3, c.caseRef())
              .setParameter(4, c.bsnMasked())
              .setParameter(5, c.benefitType())
              .setParameter(6, c.explanation().total())
              .setParameter(7, c.selected())
              .setParameter(8, c.inControlSample());
      if (c.signalId() == null) {
        insert.setParameter(9, RiskSelectionJson.write(c.explanation()));
      } else {
        insert
            .setParameter(9, c.signalId())
            .setParameter(10, RiskSelectionJson.write(c.explanation()));
      }
      insert.executeUpdate();
    }
  }

  @Override
  public void saveMonitoring(String runId, Map<String, Map<String, String>> attributesByCase) {
    int i = 0;
    for (Map.Entry<String, Map<String, String>> entry : attributesByCase.entrySet()) {
      em.createNativeQuery(
              "INSERT INTO rs_run_monitoring (run_id, case_index, case_ref, attributes_json)"
                  + " VALUES (?, ?, ?, ?)")
          .setParameter(1, runId)
          .setParameter(2, i++)
          .setParameter(3, entry.getKey())
          .setParameter(4, RiskSelectionJson.write(entry.getValue()))
          .executeUpdate();
    }
  }

  @Override
  public List<RunSummary> summaries() {
    return em
        .createQuery(
            "select r from SelectionRunEntity r order by r.startedAt desc",
            SelectionRunEntity.class)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(
            r ->
                new RunSummary(
                    r.id,
                    r.batchId,
                    r.ruleSetId,
                    r.ruleSetName,
                    r.ruleSetVersion,
                    r.startedBy,
                    r.startedAt.toInstant(),
                    r.caseCount,
                    r.selectedCount,
                    r.controlCount,
                    r.flagged))
        .toList();
  }

  @Override
  public Optional<RunCaseOfSignal> bySignal(String signalId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.run_id, r.batch_id, c.case_ref, c.bsn_masked, c.benefit_type,"
                    + " c.explanation_json FROM rs_run_case c JOIN rs_selection_run r"
                    + " ON r.id = c.run_id WHERE c.signal_id = ?")
            .setParameter(1, signalId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new RunCaseOfSignal(
            (String) row[0],
            (String) row[1],
            new RunCase(
                (String) row[2],
                (String) row[3],
                (String) row[4],
                RiskSelectionJson.read((String) row[5], Explanation.class),
                signalId)));
  }

  private SelectionRun toDomain(SelectionRunEntity e) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT case_ref, bsn_masked, benefit_type, signal_id, explanation_json"
                    + " FROM rs_run_case WHERE run_id = ? ORDER BY case_index")
            .setParameter(1, e.id)
            .getResultList();
    List<RunCase> cases = new ArrayList<>(rows.size());
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      cases.add(
          new RunCase(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              RiskSelectionJson.read((String) row[4], Explanation.class),
              (String) row[3]));
    }
    return new SelectionRun(
        e.id,
        e.batchId,
        RuleSetId.of(e.ruleSetId),
        e.ruleSetName,
        e.ruleSetVersion,
        e.startedBy,
        e.startedAt.toInstant(),
        e.controlSampleSize,
        cases,
        RiskSelectionJson.read(e.reportJson, BiasReport.class));
  }
}
