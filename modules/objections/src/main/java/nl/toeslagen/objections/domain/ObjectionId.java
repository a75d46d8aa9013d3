package nl.toeslagen.objections.domain;

import java.util.Objects;
import nl.toeslagen.kernel.CaseId;

/**
 * The id of an objection case: a {@link CaseId} (UUID text). Its {@code toString()} is the text, as
 * the audit trail, the documents and the process (business key) use it.
 */
public record ObjectionId(CaseId caseId) {

  public ObjectionId {
    Objects.requireNonNull(caseId, "caseId");
  }

  /**
   * Parses an id.
   *
   * @throws nl.toeslagen.kernel.ValidationException unless the text is a UUID
   */
  public static ObjectionId of(String text) {
    return new ObjectionId(CaseId.of(text));
  }

  /** A new random id. */
  public static ObjectionId generate() {
    return new ObjectionId(CaseId.generate());
  }

  /** The id as text (a lower-case UUID). */
  public String value() {
    return caseId.value();
  }

  @Override
  public String toString() {
    return caseId.value();
  }
}
