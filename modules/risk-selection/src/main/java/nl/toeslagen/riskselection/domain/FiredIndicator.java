package nl.toeslagen.riskselection.domain;

/**
 * An indicator that fired for a case: part of the explanation of its selection.
 *
 * @param code the indicator's row id
 * @param name its name
 * @param feature the feature it read
 * @param condition the condition in plain Dutch ("is groter dan 30")
 * @param value the case's value of the feature
 * @param points the points it added
 */
public record FiredIndicator(
    String code, String name, String feature, String condition, String value, int points) {}
