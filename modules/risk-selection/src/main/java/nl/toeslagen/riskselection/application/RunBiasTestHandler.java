package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.toeslagen.fraudreview.api.SelectionSignals;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.BiasTestRequest;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.domain.BatchCase;
import nl.toeslagen.riskselection.domain.BiasMonitor;
import nl.toeslagen.riskselection.domain.BiasReport;
import nl.toeslagen.riskselection.domain.BiasTestResult;
import nl.toeslagen.riskselection.domain.ControlSample;
import nl.toeslagen.riskselection.domain.Explanation;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.SignificanceTest;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * Tests a rule set under review for bias on synthetic households (never on citizens' data): the
 * households are generated with the protected attributes and the assumed proxy correlation, scored
 * as a run would score them, and monitored as a run would be. No signal is opened.
 */
@ApplicationScoped
@Transactional
public class RunBiasTestHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject FeatureCatalogueService catalogues;
  @Inject SignificanceTest significance;
  @Inject Scoring scoring;
  @Inject SelectionSignals signals;
  @Inject RiskSelectionQueries queries;

  public RuleSetDetails handle(String ruleSetId, BiasTestRequest cmd) {
    RuleSetId id = RuleSetId.ofPath(ruleSetId);
    long seed = cmd.seed() == null ? 42L : cmd.seed();
    List<BatchCase> cases =
        SyntheticHouseholds.generate(
                new SyntheticHouseholds.Settings(cmd.households(), seed, cmd.correlation()))
            .stream()
            .map(
                h ->
                    new BatchCase(
                        h.caseRef(), h.bsn(), h.benefitType(), h.features(), h.monitoring()))
            .toList();
    work.change(
        RiskSelectionCase.kind(ruleSets),
        id,
        (ruleSet, change) -> {
          Actor actor = change.actor();
          if (!actor.has(Role.PRIVACY) && !ruleSet.owner().equals(actor.userName())) {
            throw new ConflictException(
                "Een biastest wordt gedaan door de opsteller of een privacyadviseur.",
                "A bias test is run by the author or a privacy adviser.");
          }
          FeatureCatalogue catalogue = catalogues.current();
          List<Map<String, Object>> typed =
              scoring.typed(cases, ruleSet, catalogue, signals.benefitTypes());
          List<Explanation> explanations =
              scoring.score(
                  ruleSet,
                  cases,
                  typed,
                  ControlSample.draw(
                      cases.size(), cmd.controlSampleSize(), new SplittableRandom(seed + 1)),
                  catalogue);
          BiasReport report =
              new BiasMonitor()
                  .assess(
                      Scoring.monitored(cases, explanations),
                      catalogue.protectedGrounds(),
                      significance);
          String summary =
              report.flagged()
                  ? report.flaggedSummaryNl()
                  : "Geen onderscheid gevonden ("
                      + report.selectedCount()
                      + " van "
                      + report.totalCases()
                      + " synthetische huishoudens geselecteerd).";
          ruleSet.recordBiasTest(
              new BiasTestResult(
                  !report.flagged(),
                  cases.size(),
                  cmd.correlation(),
                  summary,
                  actor.userName(),
                  change.now()));
          change.audit(
              report.flagged() ? "RULE_SET_BIAS_TEST_FAILED" : "RULE_SET_BIAS_TEST_PASSED",
              "Grondwet art. 1",
              "Biastest op "
                  + cases.size()
                  + " synthetische huishoudens (correlatie "
                  + cmd.correlation()
                  + ", seed "
                  + seed
                  + "): "
                  + summary,
              "Bias test on "
                  + cases.size()
                  + " synthetic households (correlation "
                  + cmd.correlation()
                  + ", seed "
                  + seed
                  + "): "
                  + (report.flagged() ? report.flaggedSummaryEn() : "no disparity found"));
        },
        r -> r);
    return queries.details(id);
  }
}
