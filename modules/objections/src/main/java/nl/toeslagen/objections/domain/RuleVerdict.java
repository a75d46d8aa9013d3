package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;

/**
 * A policy's decision about input, with the field it concerns when refused.
 *
 * @param decision the named decision
 * @param field the input (JSON path) a refusal is about, or {@code null} when allowed
 */
public record RuleVerdict(PolicyDecision decision, String field) {

  static RuleVerdict allowed(PolicyDecision decision) {
    return new RuleVerdict(decision, null);
  }

  static RuleVerdict refused(PolicyDecision decision, String field) {
    return new RuleVerdict(decision, field);
  }

  /** Throws the refusal as invalid input (400) on its field; does nothing when allowed. */
  public PolicyDecision enforce() {
    if (decision.refused()) {
      throw decision.violation().as(PolicyViolationException.Kind.INVALID).onField(field);
    }
    return decision;
  }
}
