package nl.toeslagen.caselaw.domain;

import nl.toeslagen.kernel.CaseId;

/** The id of an escalation of a signal category: a UUID text, also its process's business key. */
public record SignalEscalationId(String value) {

  /** The object type escalations have in the audit trail. */
  public static final String OBJECT_TYPE = "SIGNAL_ESCALATION";

  public SignalEscalationId {
    value = CaseId.of(value).value();
  }

  public static SignalEscalationId generate() {
    return new SignalEscalationId(CaseId.generate().value());
  }

  public static SignalEscalationId of(String value) {
    return new SignalEscalationId(value);
  }

  /** An escalation named in a request path: malformed text names none (404). */
  public static SignalEscalationId ofPath(String value) {
    return new SignalEscalationId(CaseId.ofPath(value, OBJECT_TYPE).value());
  }

  @Override
  public String toString() {
    return value;
  }
}
