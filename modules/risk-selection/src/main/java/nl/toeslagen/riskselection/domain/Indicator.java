package nl.toeslagen.riskselection.domain;

import java.util.Objects;
import nl.toeslagen.kernel.ValidationException;

/**
 * One named indicator of a rule set in the HR60 shape: when the feature compares so with the value,
 * the case gets the points. One indicator is one row of the decision table.
 *
 * @param code the row's id within the rule set ({@code I1}, {@code I2}, …)
 * @param name what the indicator means, in Dutch
 * @param feature the feature it reads
 * @param comparison how it compares
 * @param value the value it compares with, as text of the feature's type
 * @param points the points it adds (1 to 1000)
 */
public record Indicator(
    String code, String name, String feature, Comparison comparison, String value, int points) {

  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(comparison, "comparison");
  }

  /**
   * The FEEL unary test of the row for a feature of this type (e.g. {@code > 30}, {@code true},
   * {@code "nl"}, {@code not("nl")}).
   *
   * @param type the feature's type
   * @param field the request field of this indicator, for the error (e.g. {@code indicators[2]})
   * @throws ValidationException when the value is no value of the type, or the comparison orders
   *     values that have no order
   */
  public String unaryTest(FeatureType type, String field) {
    Object parsed = type.parse(value);
    if (parsed == null
        || (type == FeatureType.TEXT && !value.strip().matches("[\\p{L}\\p{N} _.-]{1,100}"))) {
      throw new ValidationException(
          field + ".value",
          "De waarde '"
              + value
              + "' past niet bij kenmerk '"
              + feature
              + "' ("
              + type.labelNl()
              + ").",
          "The value '"
              + value
              + "' does not fit feature '"
              + feature
              + "' ("
              + type.labelEn()
              + ").");
    }
    if (comparison.ordering() && type != FeatureType.NUMBER) {
      throw new ValidationException(
          field + ".comparison",
          "Alleen getallen kunnen groter of kleiner zijn; kies 'is gelijk aan' of 'is niet gelijk"
              + " aan'.",
          "Only numbers can be greater or smaller; choose equal or not equal.");
    }
    String literal = type == FeatureType.TEXT ? "\"" + parsed + "\"" : parsed.toString();
    return switch (comparison) {
      case EQ -> literal;
      case NE -> "not(" + literal + ")";
      case LT -> "< " + literal;
      case LE -> "<= " + literal;
      case GT -> "> " + literal;
      case GE -> ">= " + literal;
    };
  }

  /** The indicator in plain Dutch: "Inkomenswijziging (%) is groter dan 30: 40 punten". */
  public String describeNl(String featureLabel) {
    return name
        + " ("
        + featureLabel
        + " "
        + comparison.labelNl()
        + " "
        + value
        + "): "
        + points
        + " punten";
  }
}
