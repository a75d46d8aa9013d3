package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.toeslagen.fraudreview.api.SelectionSignals;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.Idempotency;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.StartRun;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RunDetails;
import nl.toeslagen.riskselection.domain.BatchCase;
import nl.toeslagen.riskselection.domain.BatchCsv;
import nl.toeslagen.riskselection.domain.BiasDisparityPolicy;
import nl.toeslagen.riskselection.domain.BiasMonitor;
import nl.toeslagen.riskselection.domain.BiasReport;
import nl.toeslagen.riskselection.domain.ControlSample;
import nl.toeslagen.riskselection.domain.Explanation;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.OnlyActiveRuleSetsRunPolicy;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.RunCase;
import nl.toeslagen.riskselection.domain.SelectionRun;
import nl.toeslagen.riskselection.domain.SelectionRunRepository;
import nl.toeslagen.riskselection.domain.SignificanceTest;
import nl.toeslagen.usecase.api.CaseKind;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * Runs an active rule set over a batch, once per batch id: every case is scored and explained, a
 * random control sample is drawn, each selected and each sampled case opens a signal for a person
 * in the fraud review, and the bias monitor compares the selection with the control sample per
 * protected attribute. A flagged run suspends the rule set in the same transaction and opens the
 * privacy adviser's review. The selection decides nothing by itself.
 */
@ApplicationScoped
@Transactional
public class StartSelectionRunHandler {

  /** Audit texts are limited to 2,000 characters; explanations are clipped to fit. */
  private static final int AUDIT_TEXT = 1800;

  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject SelectionRunRepository runs;
  @Inject FeatureCatalogueService catalogues;
  @Inject SelectionSignals signals;
  @Inject SignificanceTest significance;
  @Inject BatchCsv csv;
  @Inject Scoring scoring;
  @Inject SuspendRuleSetHandler suspensions;
  @Inject RiskSelectionQueries queries;

  public RunDetails handle(StartRun cmd) {
    RuleSetId ruleSetId = RuleSetId.ofPath(cmd.ruleSetId());
    var existing = runs.byBatch(cmd.batchId());
    if (existing.isPresent()) {
      if (!existing.get().ruleSetId().equals(ruleSetId)) {
        throw new ConflictException(
            "Batch '" + cmd.batchId() + "' is al gedraaid met een andere regelset.",
            "Batch '" + cmd.batchId() + "' has already run with another rule set.");
      }
      return queries.run(existing.get().id());
    }
    RuleSet ruleSet =
        ruleSets
            .find(ruleSetId)
            .orElseThrow(() -> new NotFoundException(RuleSetId.OBJECT_TYPE, cmd.ruleSetId()));
    PolicyDecision active = new OnlyActiveRuleSetsRunPolicy().evaluate(ruleSet);
    if (active.refused()) {
      throw active
          .violation()
          .as(PolicyViolationException.Kind.CONFLICT)
          .onField("ruleSetId")
          .about(RuleSetId.OBJECT_TYPE, ruleSet.id().value());
    }
    List<BatchCase> cases = cases(cmd);
    FeatureCatalogue catalogue = catalogues.current();
    List<Map<String, Object>> typed =
        scoring.typed(cases, ruleSet, catalogue, signals.benefitTypes());
    BitSet sample =
        ControlSample.draw(
            cases.size(), cmd.controlSampleSize(), new SplittableRandom(SEEDS.nextLong()));
    List<Explanation> explanations = scoring.score(ruleSet, cases, typed, sample, catalogue);
    BiasReport report =
        new BiasMonitor()
            .assess(
                Scoring.monitored(cases, explanations), catalogue.protectedGrounds(), significance);
    String runId = CaseId.generate().value();
    SelectionRun run =
        work.create(
            new CaseKind<>(SelectionRun.OBJECT_TYPE, runs, SelectionRun::id),
            Idempotency.of("SelectionRunResource_start", cmd.batchId(), cmd.ruleSetId()),
            change -> {
              List<RunCase> runCases = new ArrayList<>(cases.size());
              for (int i = 0; i < cases.size(); i++) {
                BatchCase c = cases.get(i);
                Explanation e = explanations.get(i);
                String signalId = null;
                if (e.selected() || e.controlSample()) {
                  signalId =
                      signals.open(
                          new SelectionSignals.SelectedCase(
                              c.bsn(),
                              c.benefitType(),
                              e.selected(),
                              e.describeNl(),
                              ruleSet.legalBasis().toString()));
                  String text = clip("Zaak " + c.caseRef() + ", signaal " + signalId + ": ");
                  change.audit(
                      e.selected() ? "CASE_SELECTED" : "CASE_SAMPLED",
                      ruleSet.legalBasis(),
                      clip(text + e.describeNl()),
                      clip(
                          "Case "
                              + c.caseRef()
                              + ", signal "
                              + signalId
                              + ": "
                              + e.total()
                              + " points against threshold "
                              + e.threshold()
                              + (e.controlSample() ? ", in the control sample" : "")));
                }
                runCases.add(
                    new RunCase(
                        c.caseRef(), Bsn.of(c.bsn()).masked(), c.benefitType(), e, signalId));
              }
              SelectionRun recorded =
                  new SelectionRun(
                      runId,
                      cmd.batchId(),
                      ruleSet.id(),
                      ruleSet.name(),
                      ruleSet.version(),
                      change.actor().userName(),
                      change.now(),
                      cmd.controlSampleSize(),
                      runCases,
                      report);
              change.audit(
                  "SELECTION_RUN_RECORDED",
                  ruleSet.legalBasis(),
                  "Batch "
                      + cmd.batchId()
                      + " met regelset '"
                      + ruleSet.name()
                      + "' versie "
                      + ruleSet.version()
                      + ": "
                      + cases.size()
                      + " zaken, "
                      + recorded.selectedCount()
                      + " geselecteerd, "
                      + recorded.controlCount()
                      + " in de steekproef; elke zaak gaat naar een medewerker",
                  "Batch "
                      + cmd.batchId()
                      + " with rule set '"
                      + ruleSet.name()
                      + "' version "
                      + ruleSet.version()
                      + ": "
                      + cases.size()
                      + " cases, "
                      + recorded.selectedCount()
                      + " selected, "
                      + recorded.controlCount()
                      + " in the control sample; each goes to a person");
              change.audit("BIAS_REPORT_RECORDED", new BiasDisparityPolicy().evaluate(report));
              return recorded;
            },
            r -> r);
    Map<String, Map<String, String>> monitoring = new LinkedHashMap<>();
    for (BatchCase c : cases) {
      monitoring.put(c.caseRef(), c.monitoring());
    }
    runs.saveMonitoring(run.id(), monitoring);
    if (report.flagged()) {
      suspensions.byMonitoring(
          ruleSet.id(), run.id(), report.flaggedSummaryNl(), report.flaggedSummaryEn());
    }
    return queries.run(run.id());
  }

  private List<BatchCase> cases(StartRun cmd) {
    boolean json = cmd.cases() != null && !cmd.cases().isEmpty();
    boolean file = cmd.csv() != null && !cmd.csv().isBlank();
    if (json == file) {
      throw new ValidationException(
          "cases",
          "Geef de batch als 'cases' of als 'csv', niet allebei en niet geen van beide.",
          "Give the batch as 'cases' or as 'csv', not both and not neither.");
    }
    if (file) {
      return csv.read(cmd.csv());
    }
    return cmd.cases().stream()
        .map(
            c -> new BatchCase(c.caseRef(), c.bsn(), c.benefitType(), c.features(), c.monitoring()))
        .toList();
  }

  private static String clip(String text) {
    return text.length() <= AUDIT_TEXT ? text : text.substring(0, AUDIT_TEXT - 1) + "…";
  }
}
