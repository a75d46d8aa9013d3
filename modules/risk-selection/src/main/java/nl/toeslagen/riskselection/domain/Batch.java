package nl.toeslagen.riskselection.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.ValidationException;

/**
 * Checks a batch before anything is scored: unique references, valid BSNs, known benefits, every
 * feature the rule set reads present and of its type, and only protected grounds in the monitoring
 * part. Linear in the batch.
 */
public final class Batch {

  /** The most cases one run takes. */
  public static final int MAX_CASES = 20_000;

  private Batch() {}

  /**
   * The values the decision table reads, per case, typed; only the features the rule set uses (the
   * rule never sees anything else, least of all the monitoring attributes).
   *
   * @throws ValidationException naming the first bad field ({@code cases[3].features.leeftijd})
   */
  public static List<Map<String, Object>> typedFeatures(
      List<BatchCase> cases,
      RuleSet ruleSet,
      FeatureCatalogue catalogue,
      Set<String> benefitTypes) {
    Set<String> refs = new HashSet<>();
    Set<String> bsns = new HashSet<>();
    Set<String> monitored = Set.copyOf(catalogue.protectedGrounds());
    List<SelectionFeature> used =
        ruleSet.featuresUsed().stream().map(f -> catalogue.find(f).orElseThrow()).toList();
    java.util.ArrayList<Map<String, Object>> typed = new java.util.ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      BatchCase c = cases.get(i);
      String at = "cases[" + i + "]";
      if (!refs.add(c.caseRef())) {
        throw new ValidationException(
            at + ".caseRef",
            "Zaakreferentie '" + c.caseRef() + "' komt twee keer voor in de batch.",
            "Case reference '" + c.caseRef() + "' occurs twice in the batch.");
      }
      if (c.bsn() == null || !Bsn.isValid(c.bsn())) {
        throw new ValidationException(
            at + ".bsn",
            "Zaak " + c.caseRef() + ": het BSN is geen geldig burgerservicenummer.",
            "Case " + c.caseRef() + ": the BSN is not a valid citizen service number.");
      }
      if (!bsns.add(c.bsn())) {
        throw new ValidationException(
            at + ".bsn",
            "Zaak " + c.caseRef() + ": dit BSN staat al eerder in de batch.",
            "Case " + c.caseRef() + ": this BSN already occurs in the batch.");
      }
      if (!benefitTypes.contains(c.benefitType())) {
        throw new ValidationException(
            at + ".benefitType",
            "Zaak " + c.caseRef() + ": onbekende toeslag '" + c.benefitType() + "'.",
            "Case " + c.caseRef() + ": unknown benefit '" + c.benefitType() + "'.");
      }
      for (String key : c.monitoring().keySet()) {
        if (!monitored.contains(key)) {
          throw new ValidationException(
              at + ".monitoring." + key,
              "'" + key + "' is geen beschermd kenmerk voor de monitoring.",
              "'" + key + "' is not a protected attribute for monitoring.");
        }
      }
      for (String key : c.features().keySet()) {
        if (monitored.contains(key)) {
          throw new ValidationException(
              at + ".features." + key,
              "'" + key + "' is een beschermde grond: die hoort alleen in 'monitoring'.",
              "'" + key + "' is a protected ground: it belongs in 'monitoring' only.");
        }
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (SelectionFeature feature : used) {
        String text = c.features().get(feature.code());
        Object value = feature.type().parse(text);
        if (value == null) {
          throw new ValidationException(
              at + ".features." + feature.code(),
              "Zaak "
                  + c.caseRef()
                  + ": kenmerk '"
                  + feature.code()
                  + "' ontbreekt of is geen "
                  + feature.type().labelNl().toLowerCase(java.util.Locale.ROOT)
                  + ".",
              "Case "
                  + c.caseRef()
                  + ": feature '"
                  + feature.code()
                  + "' is missing or not a "
                  + feature.type().labelEn().toLowerCase(java.util.Locale.ROOT)
                  + ".");
        }
        values.put(feature.code(), value);
      }
      typed.add(values);
    }
    return typed;
  }
}
