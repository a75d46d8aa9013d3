package nl.toeslagen.riskselection.domain;

import java.util.Map;

/**
 * One case of a selection batch as it arrives: its reference, the citizen, the benefit, the feature
 * values rules may read, and the protected attributes that only bias monitoring reads.
 *
 * @param caseRef the batch's own reference of the case (unique within the batch)
 * @param bsn the citizen's BSN
 * @param benefitType the benefit (a fraud-review benefit type name)
 * @param features feature code to value, as text
 * @param monitoring protected attribute to value, as text: kept apart, never given to a rule
 */
public record BatchCase(
    String caseRef,
    String bsn,
    String benefitType,
    Map<String, String> features,
    Map<String, String> monitoring) {

  public BatchCase {
    features = features == null ? Map.of() : Map.copyOf(features);
    monitoring = monitoring == null ? Map.of() : Map.copyOf(monitoring);
  }
}
