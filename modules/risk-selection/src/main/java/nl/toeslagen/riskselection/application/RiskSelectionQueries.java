package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.riskselection.application.RiskSelectionViews.ApprovalRow;
import nl.toeslagen.riskselection.application.RiskSelectionViews.ClassificationChangeView;
import nl.toeslagen.riskselection.application.RiskSelectionViews.FeatureUse;
import nl.toeslagen.riskselection.application.RiskSelectionViews.IndicatorRow;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetRow;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RunCaseRow;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RunDetails;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RunRow;
import nl.toeslagen.riskselection.application.RiskSelectionViews.SelectionExplanation;
import nl.toeslagen.riskselection.application.RiskSelectionViews.SelectionFeatureCatalogue;
import nl.toeslagen.riskselection.application.RiskSelectionViews.SelectionFeatureRow;
import nl.toeslagen.riskselection.domain.ApprovalStep;
import nl.toeslagen.riskselection.domain.ApproverIndependencePolicy;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.ClassificationChangeRepository;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.Indicator;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.RuleSetStatus;
import nl.toeslagen.riskselection.domain.RunCase;
import nl.toeslagen.riskselection.domain.SelectionFeature;
import nl.toeslagen.riskselection.domain.SelectionRun;
import nl.toeslagen.riskselection.domain.SelectionRunRepository;

/** What the register, the runs and the catalogue show; reads of cases are audited. */
@ApplicationScoped
@Transactional
public class RiskSelectionQueries {

  @Inject RuleSetRepository ruleSets;
  @Inject SelectionRunRepository runs;
  @Inject ClassificationChangeRepository changes;
  @Inject FeatureCatalogueService catalogues;
  @Inject ActorProvider actors;
  @Inject Event<AuditEvent> audit;

  public SelectionFeatureCatalogue catalogue() {
    FeatureCatalogue catalogue = catalogues.current();
    List<ClassificationChange> all = changes.all();
    Map<String, ClassificationChange> pending =
        all.stream()
            .filter(c -> c.status() == ClassificationChange.Status.PROPOSED)
            .collect(Collectors.toMap(ClassificationChange::feature, c -> c, (a, b) -> a));
    List<SelectionFeatureRow> rows = new ArrayList<>();
    for (SelectionFeature f : catalogue.all()) {
      ClassificationChange p = pending.get(f.code());
      rows.add(
          new SelectionFeatureRow(
              f.code(),
              f.labelNl(),
              f.descriptionNl(),
              f.source(),
              f.type().name(),
              f.classification().name(),
              f.protectedGround(),
              f.reasonNl(),
              p == null ? null : ClassificationChangeView.of(p)));
    }
    Actor actor = actors.current();
    return new SelectionFeatureCatalogue(
        rows,
        all.stream().map(ClassificationChangeView::of).toList(),
        actor != null && actor.has(Role.PRIVACY));
  }

  public List<RuleSetRow> ruleSets() {
    return ruleSets.all().stream()
        .map(
            r ->
                new RuleSetRow(
                    r.id().value(),
                    r.name(),
                    r.version(),
                    r.status().name(),
                    r.owner(),
                    r.threshold(),
                    r.featuresUsed(),
                    r.createdAt()))
        .toList();
  }

  /** A version named in a request path (malformed: 404). */
  public RuleSetDetails details(String id) {
    return details(RuleSetId.ofPath(id));
  }

  RuleSetDetails details(RuleSetId id) {
    RuleSet r = load(id);
    FeatureCatalogue catalogue = catalogues.current();
    List<IndicatorRow> indicators = new ArrayList<>();
    for (Indicator i : r.indicators()) {
      SelectionFeature f = catalogue.find(i.feature()).orElse(null);
      indicators.add(
          new IndicatorRow(
              i.code(),
              i.name(),
              i.feature(),
              f == null ? i.feature() : f.labelNl(),
              f == null ? null : f.classification().name(),
              i.comparison().name(),
              i.value(),
              i.points()));
    }
    List<FeatureUse> used =
        r.featuresUsed().stream()
            .map(
                code -> {
                  SelectionFeature f = catalogue.find(code).orElse(null);
                  return new FeatureUse(
                      code,
                      f == null ? code : f.labelNl(),
                      f == null ? null : f.classification().name());
                })
            .toList();
    List<RunRow> runRows =
        runs.summaries().stream()
            .filter(s -> s.ruleSetId().equals(r.id().value()))
            .map(RiskSelectionQueries::row)
            .toList();
    return new RuleSetDetails(
        r.id().value(),
        r.name(),
        r.version(),
        r.predecessor() == null ? null : r.predecessor().value(),
        r.purpose(),
        r.legalBasis().toString(),
        r.legalBasis().url(),
        r.owner(),
        r.threshold(),
        r.indicators().stream().mapToLong(i -> Math.max(0, i.points())).sum(),
        r.status().name(),
        indicators,
        used,
        r.proxyJustification(),
        r.biasTest(),
        r.impactAssessment(),
        r.approvals().stream()
            .map(
                a -> new ApprovalRow(a.step().name(), a.actor(), a.approved(), a.reasons(), a.at()))
            .toList(),
        r.suspendedByBias(),
        r.suspensionReason(),
        r.createdAt(),
        actions(r, actors.current()),
        runRows);
  }

  /** The DMN XML of a version (viewable with dmn-js, exportable). */
  public String dmn(String id) {
    return load(RuleSetId.ofPath(id)).dmnXml();
  }

  public List<RunRow> runs() {
    return runs.summaries().stream().map(RiskSelectionQueries::row).toList();
  }

  /** A run for a person: the read of its cases is audited. */
  public RunDetails viewRun(String runId) {
    RunDetails details = run(runId);
    record(
        "SELECTION_RUN_VIEWED",
        SelectionRun.OBJECT_TYPE,
        runId,
        "Selectierun ingezien (" + details.reviewed().size() + " zaken bij een medewerker)");
    return details;
  }

  RunDetails run(String runId) {
    SelectionRun run =
        runs.find(runId).orElseThrow(() -> new NotFoundException(SelectionRun.OBJECT_TYPE, runId));
    RuleSet ruleSet = ruleSets.find(run.ruleSetId()).orElse(null);
    List<RunCaseRow> reviewed = new ArrayList<>();
    for (RunCase c : run.cases()) {
      if (c.signalId() != null) {
        reviewed.add(
            new RunCaseRow(
                c.caseRef(),
                c.bsnMasked(),
                c.benefitType(),
                c.explanation().total(),
                c.selected(),
                c.inControlSample(),
                c.signalId(),
                c.explanation().fired()));
      }
    }
    return new RunDetails(
        run.id(),
        run.batchId(),
        run.ruleSetId().value(),
        run.ruleSetName(),
        run.ruleSetVersion(),
        ruleSet == null ? 0 : ruleSet.threshold(),
        run.startedBy(),
        run.startedAt(),
        run.cases().size(),
        (int) run.selectedCount(),
        (int) run.controlCount(),
        run.flagged(),
        ruleSet == null ? null : ruleSet.status().name(),
        run.report(),
        reviewed);
  }

  /** Why the case of a signal was selected; the read is audited under the signal. */
  public SelectionExplanation explanation(String signalId) {
    var found =
        runs.bySignal(signalId)
            .orElseThrow(() -> new NotFoundException("SELECTION_EXPLANATION", signalId));
    record(
        "SELECTION_EXPLANATION_VIEWED",
        "SIGNAL",
        signalId,
        "Uitleg van de selectie ingezien (run " + found.runId() + ")");
    return new SelectionExplanation(
        signalId,
        found.runId(),
        found.batchId(),
        found.runCase().caseRef(),
        found.runCase().explanation());
  }

  RuleSet load(RuleSetId id) {
    return ruleSets
        .find(id)
        .orElseThrow(() -> new NotFoundException(RuleSetId.OBJECT_TYPE, id.value()));
  }

  /** What {@code actor} may do with the rule set now, as the server decides it. */
  static List<String> actions(RuleSet r, Actor actor) {
    List<String> actions = new ArrayList<>();
    if (actor == null) {
      return actions;
    }
    ApproverIndependencePolicy independence = new ApproverIndependencePolicy();
    switch (r.status()) {
      case DRAFT -> {
        if (r.owner().equals(actor.userName())) {
          actions.add("SUBMIT");
        }
      }
      case PRIVACY_REVIEW -> {
        if (independence.evaluate(r, ApprovalStep.PRIVACY_REVIEW, actor).allowed()) {
          actions.add("PRIVACY_REVIEW");
        }
      }
      case IMPACT_ASSESSMENT -> {
        if (independence.evaluate(r, ApprovalStep.IMPACT_ASSESSMENT, actor).allowed()) {
          actions.add("IMPACT_ASSESSMENT");
        }
      }
      case PROFESSIONAL_APPROVAL -> {
        if (independence.evaluate(r, ApprovalStep.PROFESSIONAL_APPROVAL, actor).allowed()) {
          actions.add("PROFESSIONAL_APPROVAL");
        }
      }
      case ACTIVE -> {
        if (actor.hasAny(Role.PRIVACY, Role.VAKTECHNIEK)) {
          actions.add("SUSPEND");
          actions.add("RETIRE");
        }
      }
      case SUSPENDED -> {
        if (independence.evaluate(r, ApprovalStep.SUSPENSION_REVIEW, actor).allowed()) {
          actions.add("SUSPENSION_REVIEW");
        }
      }
      default -> {}
    }
    boolean underReview =
        r.status() == RuleSetStatus.DRAFT
            || r.status() == RuleSetStatus.PRIVACY_REVIEW
            || r.status() == RuleSetStatus.IMPACT_ASSESSMENT
            || r.status() == RuleSetStatus.PROFESSIONAL_APPROVAL;
    if (underReview && (actor.has(Role.PRIVACY) || r.owner().equals(actor.userName()))) {
      actions.add("BIAS_TEST");
    }
    if (r.status() != RuleSetStatus.DRAFT && actor.hasAny(Role.TOEZICHT, Role.VAKTECHNIEK)) {
      actions.add("NEW_VERSION");
    }
    return actions;
  }

  private static RunRow row(SelectionRunRepository.RunSummary s) {
    return new RunRow(
        s.id(),
        s.batchId(),
        s.ruleSetId(),
        s.ruleSetName(),
        s.ruleSetVersion(),
        s.startedBy(),
        s.startedAt(),
        s.cases(),
        s.selected(),
        s.controlSample(),
        s.flagged());
  }

  private void record(String action, String objectType, String objectId, String reasons) {
    Actor actor = actors.current();
    audit.fire(
        new AuditEvent(
            actor.userName(),
            actor.roles().isEmpty() ? null : actor.rolesText(),
            action,
            objectType,
            objectId,
            Outcome.SUCCESS,
            null,
            reasons));
  }
}
