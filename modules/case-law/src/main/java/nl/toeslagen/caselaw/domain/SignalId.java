package nl.toeslagen.caselaw.domain;

import nl.toeslagen.kernel.CaseId;

/** The id of a signal in the central signal register: a UUID text. */
public record SignalId(String value) {

  /**
   * The object type signals have in the audit trail. Not {@code SIGNAL}: that is the fraud-review
   * signal (a different thing, with its own readers).
   */
  public static final String OBJECT_TYPE = "PRACTICE_SIGNAL";

  public SignalId {
    value = CaseId.of(value).value();
  }

  public static SignalId generate() {
    return new SignalId(CaseId.generate().value());
  }

  public static SignalId of(String value) {
    return new SignalId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
