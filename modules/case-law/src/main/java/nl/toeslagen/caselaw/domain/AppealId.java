package nl.toeslagen.caselaw.domain;

import nl.toeslagen.kernel.CaseId;

/** The id of an appeal: a UUID text, also the business key of its process. */
public record AppealId(String value) {

  /** The object type appeals have in the audit trail. */
  public static final String OBJECT_TYPE = "APPEAL";

  public AppealId {
    value = CaseId.of(value).value();
  }

  public static AppealId generate() {
    return new AppealId(CaseId.generate().value());
  }

  public static AppealId of(String value) {
    return new AppealId(value);
  }

  /** An appeal named in a request path: malformed text names none (404). */
  public static AppealId ofPath(String value) {
    return new AppealId(CaseId.ofPath(value, OBJECT_TYPE).value());
  }

  @Override
  public String toString() {
    return value;
  }
}
