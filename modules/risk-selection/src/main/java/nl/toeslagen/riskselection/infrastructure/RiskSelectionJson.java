package nl.toeslagen.riskselection.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;
import java.util.List;
import nl.toeslagen.riskselection.domain.Approval;
import nl.toeslagen.riskselection.domain.BiasTestResult;
import nl.toeslagen.riskselection.domain.ImpactAssessment;
import nl.toeslagen.riskselection.domain.Indicator;

/** The JSON documents of risk selection's tables (JSON-B, records as they are). */
public final class RiskSelectionJson {

  static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  /** What a rule-set version holds besides its columns. */
  public record RuleSetState(
      List<Indicator> indicators,
      String proxyJustification,
      BiasTestResult biasTest,
      ImpactAssessment impactAssessment,
      List<Approval> approvals,
      boolean suspendedByBias,
      String suspensionReason) {}

  private RiskSelectionJson() {}

  static String write(Object value) {
    return JSONB.toJson(value);
  }

  static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }

  static <T> T read(String json, Type type) {
    return JSONB.fromJson(json, type);
  }
}
