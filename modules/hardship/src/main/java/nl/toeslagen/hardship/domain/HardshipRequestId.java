package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.CaseId;

/** The id of a hardship request: a UUID text, also the business key of its process. */
public record HardshipRequestId(String value) {

  /** The object type hardship requests have in the audit trail. */
  public static final String OBJECT_TYPE = "HARDSHIP_REQUEST";

  public HardshipRequestId {
    value = CaseId.of(value).value();
  }

  public static HardshipRequestId generate() {
    return new HardshipRequestId(CaseId.generate().value());
  }

  public static HardshipRequestId of(String value) {
    return new HardshipRequestId(value);
  }

  /** A request named in a request path: malformed text names none (404). */
  public static HardshipRequestId ofPath(String value) {
    return new HardshipRequestId(CaseId.ofPath(value, OBJECT_TYPE).value());
  }

  @Override
  public String toString() {
    return value;
  }
}
