package nl.toeslagen.riskselection.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.ValidationException;

/**
 * One version of a selection rule set in the HR60 shape: named indicators with points, and a
 * threshold; a case whose points reach the threshold is selected for a person to review. Its logic
 * is its DMN decision table (hit policy COLLECT, aggregation SUM), stored with it; the features it
 * uses are the table's inputs. A version never changes once registered: a change is a new version,
 * approved anew (never self-learning).
 */
public final class RuleSet {

  private final RuleSetId id;
  private final String name;
  private final int version;
  private final RuleSetId predecessor;
  private final String purpose;
  private final LegalReference legalBasis;
  private final String owner;
  private final int threshold;
  private final List<Indicator> indicators;
  private final List<String> featuresUsed;
  private final String dmnXml;
  private final String proxyJustification;
  private final Instant createdAt;
  private RuleSetStatus status;
  private BiasTestResult biasTest;
  private ImpactAssessment impactAssessment;
  private final List<Approval> approvals;
  private boolean suspendedByBias;
  private String suspensionReason;

  /** Rebuilds a stored rule set. */
  public RuleSet(
      RuleSetId id,
      String name,
      int version,
      RuleSetId predecessor,
      String purpose,
      LegalReference legalBasis,
      String owner,
      int threshold,
      List<Indicator> indicators,
      List<String> featuresUsed,
      String dmnXml,
      String proxyJustification,
      Instant createdAt,
      RuleSetStatus status,
      BiasTestResult biasTest,
      ImpactAssessment impactAssessment,
      List<Approval> approvals,
      boolean suspendedByBias,
      String suspensionReason) {
    this.id = Objects.requireNonNull(id);
    this.name = Objects.requireNonNull(name);
    this.version = version;
    this.predecessor = predecessor;
    this.purpose = Objects.requireNonNull(purpose);
    this.legalBasis = Objects.requireNonNull(legalBasis);
    this.owner = Objects.requireNonNull(owner);
    this.threshold = threshold;
    this.indicators = List.copyOf(indicators);
    this.featuresUsed = List.copyOf(featuresUsed);
    this.dmnXml = Objects.requireNonNull(dmnXml);
    this.proxyJustification = proxyJustification;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.status = Objects.requireNonNull(status);
    this.biasTest = biasTest;
    this.impactAssessment = impactAssessment;
    this.approvals = new ArrayList<>(approvals);
    this.suspendedByBias = suspendedByBias;
    this.suspensionReason = suspensionReason;
  }

  /** What a registration asks for; the table is already built from the indicators. */
  public record Draft(
      String name,
      String purpose,
      LegalReference legalBasis,
      int threshold,
      List<Indicator> indicators,
      List<String> declaredFeatures,
      String proxyJustification,
      String dmnXml,
      List<String> tableInputs) {}

  /**
   * Registers a new rule set (version 1, or the next version of {@code predecessor}) as a draft.
   * The safeguards are checked on the decision table's inputs: no prohibited feature ({@code 422}
   * naming it), only declared catalogue features, a reachable threshold.
   */
  public static RuleSet register(
      RuleSetId id,
      Draft draft,
      RuleSet predecessor,
      FeatureCatalogue catalogue,
      Actor author,
      Instant now) {
    if (draft.purpose() == null || draft.purpose().isBlank()) {
      throw new ValidationException(
          "purpose", "Vul het doel van de regelset in.", "Enter the rule set's purpose.");
    }
    if (draft.indicators().isEmpty()) {
      throw new ValidationException(
          "indicators", "Geef ten minste één indicator op.", "Give at least one indicator.");
    }
    ProhibitedFeaturePolicy prohibited = new ProhibitedFeaturePolicy();
    for (String input : draft.tableInputs()) {
      prohibited.evaluate(input, catalogue).enforceAsUnprocessable(fieldOf(input, draft));
    }
    new DeclaredFeaturesPolicy()
        .evaluate(draft.tableInputs(), draft.declaredFeatures(), catalogue)
        .enforceAsUnprocessable("features");
    new ReachableThresholdPolicy()
        .evaluate(draft.threshold(), draft.indicators())
        .enforceAsUnprocessable("threshold");
    if (predecessor != null && !predecessor.name().equals(draft.name())) {
      throw new ValidationException(
          "name",
          "Een nieuwe versie houdt de naam van de regelset: '" + predecessor.name() + "'.",
          "A new version keeps the rule set's name: '" + predecessor.name() + "'.");
    }
    return new RuleSet(
        id,
        draft.name(),
        predecessor == null ? 1 : predecessor.version() + 1,
        predecessor == null ? null : predecessor.id(),
        draft.purpose(),
        draft.legalBasis(),
        author.userName(),
        draft.threshold(),
        draft.indicators(),
        List.copyOf(new java.util.LinkedHashSet<>(draft.tableInputs())),
        draft.dmnXml(),
        draft.proxyJustification(),
        now,
        RuleSetStatus.DRAFT,
        null,
        null,
        List.of(),
        false,
        null);
  }

  private static String fieldOf(String feature, Draft draft) {
    for (int i = 0; i < draft.indicators().size(); i++) {
      if (draft.indicators().get(i).feature().equals(feature)) {
        return "indicators[" + i + "].feature";
      }
    }
    return "features";
  }

  /** The author submits the draft for review: the privacy review opens. */
  public void submit(Actor actor) {
    requireStatus(RuleSetStatus.DRAFT);
    if (!owner.equals(actor.userName())) {
      throw new ConflictException(
          "Alleen de opsteller dient de regelset in.", "Only the author submits the rule set.");
    }
    status = RuleSetStatus.PRIVACY_REVIEW;
  }

  /** The privacy adviser approves (on to the impact assessment) or rejects. */
  public void privacyReview(boolean approve, String reasons, Actor actor, Instant now) {
    requireStatus(RuleSetStatus.PRIVACY_REVIEW);
    approve(ApprovalStep.PRIVACY_REVIEW, approve, reasons, actor, now);
    status = approve ? RuleSetStatus.IMPACT_ASSESSMENT : RuleSetStatus.REJECTED;
  }

  /**
   * The impact assessment's answers are recorded, approved (on to the professional line) or not.
   */
  public void recordImpactAssessment(
      ImpactAssessment answers, boolean approve, String reasons, Actor actor, Instant now) {
    requireStatus(RuleSetStatus.IMPACT_ASSESSMENT);
    approve(ApprovalStep.IMPACT_ASSESSMENT, approve, reasons, actor, now);
    this.impactAssessment = answers;
    status = approve ? RuleSetStatus.PROFESSIONAL_APPROVAL : RuleSetStatus.REJECTED;
  }

  /**
   * The professional line approves: the rule set becomes active, provided a used proxy is
   * justified, bias-tested and privacy-approved ({@link ProxyFeatureSafeguardPolicy}).
   */
  public void professionalApproval(
      boolean approve, String reasons, FeatureCatalogue catalogue, Actor actor, Instant now) {
    requireStatus(RuleSetStatus.PROFESSIONAL_APPROVAL);
    new ApproverIndependencePolicy()
        .evaluate(this, ApprovalStep.PROFESSIONAL_APPROVAL, actor)
        .enforce();
    if (approve) {
      new ProxyFeatureSafeguardPolicy().evaluate(this, catalogue).enforceAsConflict();
    }
    approve(ApprovalStep.PROFESSIONAL_APPROVAL, approve, reasons, actor, now);
    status = approve ? RuleSetStatus.ACTIVE : RuleSetStatus.REJECTED;
  }

  /** Records a bias test on synthetic data (before activation). */
  public void recordBiasTest(BiasTestResult result) {
    if (status == RuleSetStatus.ACTIVE
        || status == RuleSetStatus.RETIRED
        || status == RuleSetStatus.REJECTED
        || status == RuleSetStatus.SUSPENDED) {
      throw new ConflictException(
          "Een biastest hoort bij de goedkeuring; deze regelset is " + status.labelNl() + ".",
          "A bias test belongs to the approval; this rule set is " + status.labelEn() + ".");
    }
    this.biasTest = result;
  }

  /** Suspends an active rule set: by bias monitoring, or by a person with reasons. */
  public void suspend(String reason, boolean byBiasMonitoring) {
    requireStatus(RuleSetStatus.ACTIVE);
    status = RuleSetStatus.SUSPENDED;
    suspendedByBias = byBiasMonitoring;
    suspensionReason = reason;
  }

  /**
   * The privacy adviser reinstates a suspended rule set (not one monitoring flagged) or retires it.
   */
  public void reviewSuspension(boolean reinstate, String reasons, Actor actor, Instant now) {
    requireStatus(RuleSetStatus.SUSPENDED);
    if (reinstate) {
      new FlaggedRuleSetsStaySuspendedPolicy().evaluate(this).enforceAsConflict();
    }
    approve(ApprovalStep.SUSPENSION_REVIEW, reinstate, reasons, actor, now);
    status = reinstate ? RuleSetStatus.ACTIVE : RuleSetStatus.RETIRED;
    if (reinstate) {
      suspensionReason = null;
    }
  }

  /** Takes an active rule set out of use (e.g. when its next version becomes active). */
  public void retire() {
    requireStatus(RuleSetStatus.ACTIVE);
    status = RuleSetStatus.RETIRED;
  }

  private void approve(
      ApprovalStep step, boolean approved, String reasons, Actor actor, Instant now) {
    new ApproverIndependencePolicy().evaluate(this, step, actor).enforce();
    approvals.add(new Approval(step, actor.userName(), approved, reasons, now));
  }

  private void requireStatus(RuleSetStatus expected) {
    if (status != expected) {
      throw new ConflictException(
          "De regelset is "
              + status.labelNl()
              + "; dit kan alleen als zij "
              + expected.labelNl()
              + " is.",
          "The rule set is "
              + status.labelEn()
              + "; this needs it to be "
              + expected.labelEn()
              + ".");
    }
  }

  /** The indicator with this row id, if any. */
  public java.util.Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public RuleSetId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int version() {
    return version;
  }

  public RuleSetId predecessor() {
    return predecessor;
  }

  public String purpose() {
    return purpose;
  }

  public LegalReference legalBasis() {
    return legalBasis;
  }

  public String owner() {
    return owner;
  }

  public int threshold() {
    return threshold;
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public List<String> featuresUsed() {
    return featuresUsed;
  }

  public String dmnXml() {
    return dmnXml;
  }

  public String proxyJustification() {
    return proxyJustification;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public RuleSetStatus status() {
    return status;
  }

  public BiasTestResult biasTest() {
    return biasTest;
  }

  public ImpactAssessment impactAssessment() {
    return impactAssessment;
  }

  public List<Approval> approvals() {
    return List.copyOf(approvals);
  }

  public boolean suspendedByBias() {
    return suspendedByBias;
  }

  public String suspensionReason() {
    return suspensionReason;
  }

  /** The decision key of its table: stable per rule set and version. */
  public static String decisionKey(String name, int version) {
    String slug = name.replaceAll("[^A-Za-z0-9]+", "_");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60);
    }
    return "Selectie_" + slug + "_v" + version;
  }
}
