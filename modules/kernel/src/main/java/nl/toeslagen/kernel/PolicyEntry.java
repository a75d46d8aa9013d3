package nl.toeslagen.kernel;

import java.util.List;
import java.util.Objects;

/**
 * One rule in the policy catalogue, read from a class's {@link PolicyRule} annotation.
 *
 * @param name the policy's name (the class's simple name)
 * @param context the context that enforces it
 * @param guardsNl what it guards, in Dutch
 * @param guardsEn what it guards, in English
 * @param legalBasis the legal basis
 * @param appliesTo where it applies
 * @param implementation the class that implements it
 */
public record PolicyEntry(
    String name,
    String context,
    String guardsNl,
    String guardsEn,
    String legalBasis,
    List<String> appliesTo,
    String implementation) {

  public PolicyEntry {
    Objects.requireNonNull(name, "name");
    appliesTo = List.copyOf(appliesTo);
  }

  /**
   * The entry of a policy class.
   *
   * @throws IllegalArgumentException when the class is not annotated with {@link PolicyRule}
   */
  public static PolicyEntry of(String context, Class<?> type) {
    PolicyRule rule = type.getAnnotation(PolicyRule.class);
    if (rule == null) {
      throw new IllegalArgumentException(type.getName() + " is not annotated with @PolicyRule");
    }
    return new PolicyEntry(
        rule.name(),
        context,
        rule.guardsNl(),
        rule.guardsEn(),
        rule.legalBasis(),
        List.of(rule.appliesTo()),
        type.getName());
  }
}
