package nl.toeslagen.riskselection.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nl.toeslagen.riskselection.domain.Batch;
import nl.toeslagen.riskselection.domain.ControlSample;

/**
 * Input of the risk-selection handlers, as the API receives it, with its limits as Jakarta
 * Validation constraints (checked before anything is written; see docs/input-validation.md). Texts
 * that also go into the audit trail hold at most {@value #AUDITED_TEXT} characters.
 */
public final class RiskSelectionCommands {

  public static final int AUDITED_TEXT = 2000;
  public static final int MAX_INDICATORS = 30;
  public static final String FEATURE_CODE = "[a-z][a-z0-9_]{0,39}";
  public static final String BATCH_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}";

  private RiskSelectionCommands() {}

  /** One indicator: when {@code feature comparison value}, add {@code points}. */
  public record IndicatorInput(
      @NotBlank @Size(max = 120) String name,
      @NotBlank @Pattern(regexp = FEATURE_CODE, message = "{toeslagen.featureCode}") String feature,
      @NotBlank @Pattern(regexp = "EQ|NE|LT|LE|GT|GE", message = "{toeslagen.comparison}")
          String comparison,
      @NotBlank @Size(max = 100) String value,
      @NotNull @Min(1) @Max(1000) Integer points) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public IndicatorInput(
        String name, String feature, String comparison, String value, Integer points) {
      this.name = name;
      this.feature = feature;
      this.comparison = comparison;
      this.value = value;
      this.points = points;
    }
  }

  /**
   * A rule set to register: a new one, or the next version of {@code predecessorId}. {@code
   * features} is what the author declares it uses; the register checks it against the decision
   * table's inputs.
   */
  public record RegisterRuleSet(
      @NotBlank @Size(max = 120) String name,
      // required, but refused by PurposeAndLegalBasisPolicy (audited), not by a bare constraint
      @Size(max = AUDITED_TEXT) String purpose,
      @Size(max = 200) String legalBasis,
      @NotNull @Min(1) @Max(100_000) Integer threshold,
      @NotNull @Size(min = 1, max = MAX_INDICATORS) List<@NotNull @Valid IndicatorInput> indicators,
      @Size(max = MAX_INDICATORS)
          List<
                  @NotBlank @Pattern(regexp = FEATURE_CODE, message = "{toeslagen.featureCode}")
                  String>
              features,
      @Size(max = AUDITED_TEXT) String proxyJustification,
      @Size(max = 36) String predecessorId) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public RegisterRuleSet(
        String name,
        String purpose,
        String legalBasis,
        Integer threshold,
        List<IndicatorInput> indicators,
        List<String> features,
        String proxyJustification,
        String predecessorId) {
      this.name = name;
      this.purpose = purpose;
      this.legalBasis = legalBasis;
      this.threshold = threshold;
      this.indicators = indicators;
      this.features = features;
      this.proxyJustification = proxyJustification;
      this.predecessorId = predecessorId;
    }
  }

  /** A review step: approve or not, always with reasons. */
  public record Review(
      @NotNull Boolean approved, @NotBlank @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Review(Boolean approved, String reasons) {
      this.approved = approved;
      this.reasons = reasons;
    }
  }

  /** The IAMA answers, and whether the assessment supports going on. */
  public record ImpactAssessmentInput(
      @NotBlank @Size(max = AUDITED_TEXT) String purpose,
      @NotBlank @Size(max = AUDITED_TEXT) String legalBasis,
      @NotBlank @Size(max = AUDITED_TEXT) String proportionality,
      @NotBlank @Size(max = AUDITED_TEXT) String humanOversight,
      @NotBlank @Size(max = AUDITED_TEXT) String fundamentalRightsRisks,
      @NotBlank @Size(max = AUDITED_TEXT) String mitigations,
      @NotNull Boolean approved,
      @NotBlank @Size(max = AUDITED_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public ImpactAssessmentInput(
        String purpose,
        String legalBasis,
        String proportionality,
        String humanOversight,
        String fundamentalRightsRisks,
        String mitigations,
        Boolean approved,
        String reasons) {
      this.purpose = purpose;
      this.legalBasis = legalBasis;
      this.proportionality = proportionality;
      this.humanOversight = humanOversight;
      this.fundamentalRightsRisks = fundamentalRightsRisks;
      this.mitigations = mitigations;
      this.approved = approved;
      this.reasons = reasons;
    }
  }

  /**
   * A bias test on synthetic households: how many, the proxy correlation assumed (0 to 1), the
   * seed, and the control sample size.
   */
  public record BiasTestRequest(
      @NotNull @Min(200) @Max(Batch.MAX_CASES) Integer households,
      @NotNull @DecimalMin("0") @DecimalMax("1") Double correlation,
      @Min(0) @Max(999_999_999_999L) Long seed,
      @NotNull @Min(20) @Max(ControlSample.MAX) Integer controlSampleSize) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public BiasTestRequest(
        Integer households, Double correlation, Long seed, Integer controlSampleSize) {
      this.households = households;
      this.correlation = correlation;
      this.seed = seed;
      this.controlSampleSize = controlSampleSize;
    }
  }

  /** A person's reason to suspend or retire a rule set. */
  public record Reason(@NotBlank @Size(max = AUDITED_TEXT) String reason) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public Reason(String reason) {
      this.reason = reason;
    }
  }

  /** One case of a batch. */
  public record BatchCaseInput(
      @NotBlank @Size(max = 40) String caseRef,
      @NotBlank @Size(max = 20) String bsn,
      @NotBlank @Size(max = 30) String benefitType,
      @NotNull @Size(max = 40)
          Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 100) String> features,
      @Size(max = 10)
          Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 100) String> monitoring) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public BatchCaseInput(
        String caseRef,
        String bsn,
        String benefitType,
        Map<String, String> features,
        Map<String, String> monitoring) {
      this.caseRef = caseRef;
      this.bsn = bsn;
      this.benefitType = benefitType;
      this.features = features;
      this.monitoring = monitoring;
    }
  }

  /**
   * A selection run: an active rule set over a batch, given as {@code cases} (JSON) or as {@code
   * csv} (the text of a CSV file, header {@code caseRef,bsn,benefitType,<features>,
   * monitoring.<attribute>}); exactly one of both. Idempotent per {@code batchId}.
   */
  public record StartRun(
      @NotBlank @Size(max = 36) String ruleSetId,
      @NotBlank @Pattern(regexp = BATCH_ID, message = "{toeslagen.batchId}") String batchId,
      @NotNull @Min(0) @Max(ControlSample.MAX) Integer controlSampleSize,
      @Size(max = Batch.MAX_CASES) List<@NotNull @Valid BatchCaseInput> cases,
      @Size(max = 900_000) String csv) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public StartRun(
        String ruleSetId,
        String batchId,
        Integer controlSampleSize,
        List<BatchCaseInput> cases,
        String csv) {
      this.ruleSetId = ruleSetId;
      this.batchId = batchId;
      this.controlSampleSize = controlSampleSize;
      this.cases = cases;
      this.csv = csv;
    }
  }

  /** A proposed classification of a feature, with the justification. */
  public record ProposeClassification(
      @NotBlank
          @Pattern(
              regexp = "ALLOWED|PROXY_SUSPECT|PROHIBITED",
              message = "{toeslagen.classification}")
          String classification,
      @NotBlank @Size(max = AUDITED_TEXT) String justification) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public ProposeClassification(String classification, String justification) {
      this.classification = classification;
      this.justification = justification;
    }
  }
}
