package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.CaseId;

/**
 * The id of one version of a rule set: a UUID text, also the business key of its approval process.
 */
public record RuleSetId(String value) {

  /** The object type rule sets have in the audit trail. */
  public static final String OBJECT_TYPE = "SELECTION_RULE_SET";

  public RuleSetId {
    value = CaseId.of(value).value();
  }

  public static RuleSetId generate() {
    return new RuleSetId(CaseId.generate().value());
  }

  public static RuleSetId of(String value) {
    return new RuleSetId(value);
  }

  /** A rule set named in a request path: malformed text names none (404). */
  public static RuleSetId ofPath(String value) {
    return new RuleSetId(CaseId.ofPath(value, OBJECT_TYPE).value());
  }

  @Override
  public String toString() {
    return value;
  }
}
