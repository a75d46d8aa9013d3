package nl.toeslagen.riskselection.application;

import java.time.Instant;
import java.util.List;
import nl.toeslagen.riskselection.domain.BiasReport;
import nl.toeslagen.riskselection.domain.BiasTestResult;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.Explanation;
import nl.toeslagen.riskselection.domain.FiredIndicator;
import nl.toeslagen.riskselection.domain.ImpactAssessment;

/**
 * What the risk-selection API answers: plain records, codes with labels from {@code /api/labels}.
 */
public final class RiskSelectionViews {

  private RiskSelectionViews() {}

  /** A feature of the catalogue, with a proposed change waiting for a second privacy adviser. */
  public record SelectionFeatureRow(
      String code,
      String label,
      String description,
      String source,
      String type,
      String classification,
      boolean protectedGround,
      String reason,
      ClassificationChangeView pendingChange) {}

  /** The catalogue and every classification change, with what the current user may do. */
  public record SelectionFeatureCatalogue(
      List<SelectionFeatureRow> features,
      List<ClassificationChangeView> changes,
      boolean mayPropose) {}

  /** A classification change. */
  public record ClassificationChangeView(
      String id,
      String feature,
      String from,
      String to,
      String justification,
      String proposedBy,
      Instant proposedAt,
      String status,
      String decidedBy,
      Instant decidedAt,
      String decisionReasons) {

    static ClassificationChangeView of(ClassificationChange c) {
      return new ClassificationChangeView(
          c.id(),
          c.feature(),
          c.from().name(),
          c.to().name(),
          c.justification(),
          c.proposedBy(),
          c.proposedAt(),
          c.status().name(),
          c.decidedBy(),
          c.decidedAt(),
          c.decisionReasons());
    }
  }

  /** A registered rule-set version. */
  public record RuleSetRegistered(String id, String name, int version, String status) {}

  /** A rule-set version in the register's list. */
  public record RuleSetRow(
      String id,
      String name,
      int version,
      String status,
      String owner,
      int threshold,
      List<String> featuresUsed,
      Instant createdAt) {}

  /** One indicator, with its feature's label and classification. */
  public record IndicatorRow(
      String code,
      String name,
      String feature,
      String featureLabel,
      String classification,
      String comparison,
      String value,
      int points) {}

  /** A feature a rule set reads (a column of its decision table). */
  public record FeatureUse(String code, String label, String classification) {}

  /** A reviewed step. */
  public record ApprovalRow(
      String step, String actor, boolean approved, String reasons, Instant at) {}

  /** A rule-set version in full, with what the current user may do with it. */
  public record RuleSetDetails(
      String id,
      String name,
      int version,
      String predecessorId,
      String purpose,
      String legalBasis,
      String legalBasisUrl,
      String owner,
      int threshold,
      long maxScore,
      String status,
      List<IndicatorRow> indicators,
      List<FeatureUse> featuresUsed,
      String proxyJustification,
      BiasTestResult biasTest,
      ImpactAssessment impactAssessment,
      List<ApprovalRow> approvals,
      boolean suspendedByBias,
      String suspensionReason,
      Instant createdAt,
      List<String> actions,
      List<RunRow> runs) {}

  /** A run as listed. */
  public record RunRow(
      String id,
      String batchId,
      String ruleSetId,
      String ruleSetName,
      int ruleSetVersion,
      String startedBy,
      Instant startedAt,
      int cases,
      int selected,
      int controlSample,
      boolean flagged) {}

  /** A case of a run that went to a person (selected, or drawn in the control sample). */
  public record RunCaseRow(
      String caseRef,
      String citizen,
      String benefitType,
      long total,
      boolean selected,
      boolean controlSample,
      String signalId,
      List<FiredIndicator> fired) {}

  /** A run in full: its figures, the bias report, and every case that went to a person. */
  public record RunDetails(
      String id,
      String batchId,
      String ruleSetId,
      String ruleSetName,
      int ruleSetVersion,
      int threshold,
      String startedBy,
      Instant startedAt,
      int cases,
      int selected,
      int controlSample,
      boolean flagged,
      String ruleSetStatus,
      BiasReport report,
      List<RunCaseRow> reviewed) {}

  /** Why the case of a signal was selected, from the stored explanation. */
  public record SelectionExplanation(
      String signalId, String runId, String batchId, String caseRef, Explanation explanation) {}

  /** One rule set in the fields of the Algoritmeregister. */
  public record AlgorithmRegisterEntry(
      String id,
      String name,
      int version,
      String shortDescription,
      String organisation,
      String status,
      String purposeAndImpact,
      String considerations,
      String humanIntervention,
      String riskManagement,
      String legalBasis,
      String legalBasisUrl,
      String impactAssessments,
      List<String> dataUsed,
      Instant activeSince) {}

  /** The publication: every active rule set. */
  public record AlgorithmRegister(
      String organisation, Instant exportedAt, List<AlgorithmRegisterEntry> algorithms) {}
}
