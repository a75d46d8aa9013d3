package nl.toeslagen.riskselection.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One case of a selection batch as the bias monitor sees it: whether the selection rules selected
 * it, whether it was drawn into the random control sample (steekproef) of the same batch, and its
 * protected attributes (e.g. {@code nationaliteit}, {@code geboorteland}). The protected attributes
 * are monitoring data only: they are never an input of a selection rule.
 *
 * <p>A case may be both selected and in the control sample (the sample is drawn from the whole
 * batch); it then counts on both sides of the comparison.
 *
 * @param caseRef the case reference
 * @param selected whether the selection rules selected the case
 * @param inControlSample whether the case is in the random control sample
 * @param protectedAttributes attribute name to value (a plain string such as {@code "NL"} or {@code
 *     "ja"}); copied; entries with a {@code null} or blank value are left out, so that attribute
 *     reads as {@link #UNKNOWN}
 */
public record MonitoredCase(
    String caseRef,
    boolean selected,
    boolean inControlSample,
    Map<String, String> protectedAttributes) {

  /** The group of a case whose value for an attribute is missing. */
  public static final String UNKNOWN = "onbekend";

  public MonitoredCase {
    Objects.requireNonNull(caseRef, "caseRef");
    Map<String, String> copy = new LinkedHashMap<>();
    if (protectedAttributes != null) {
      protectedAttributes.forEach(
          (name, value) -> {
            if (name != null && value != null && !value.isBlank()) {
              copy.put(name, value.strip());
            }
          });
    }
    protectedAttributes = Collections.unmodifiableMap(copy);
  }

  /** The case's group for {@code attribute}: its value, or {@link #UNKNOWN} when missing. */
  public String group(String attribute) {
    return protectedAttributes.getOrDefault(attribute, UNKNOWN);
  }
}
