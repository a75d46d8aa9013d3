package nl.toeslagen.fraudreview.domain;

import java.io.Serializable;
import nl.toeslagen.kernel.CaseId;

/**
 * The id of a signal: a case id (UUID text), also the business key of its FraudReview process.
 *
 * @param value the canonical UUID text
 */
public record SignalId(String value) implements Serializable {

  /** The object type signals have in the audit trail and in messages. */
  public static final String OBJECT_TYPE = "SIGNAL";

  /** Validates through {@link CaseId}: a UUID, trimmed and in lower case. */
  public SignalId {
    value = CaseId.of(value).value();
  }

  /** A new random signal id. */
  public static SignalId generate() {
    return new SignalId(CaseId.generate().value());
  }

  /** Parses a stored or process id (a malformed one is invalid input). */
  public static SignalId of(String value) {
    return new SignalId(value);
  }

  /** Parses the id of a signal named in a request path: malformed text names no signal (404). */
  public static SignalId ofPath(String value) {
    return new SignalId(CaseId.ofPath(value, OBJECT_TYPE).value());
  }

  @Override
  public String toString() {
    return value;
  }
}
