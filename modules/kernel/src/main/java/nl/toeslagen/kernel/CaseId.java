package nl.toeslagen.kernel;

import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of a case (zaak): a UUID in its canonical lower-case text form. */
public record CaseId(String value) implements Serializable {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Validates; the value is trimmed and put in lower case. */
  public CaseId {
    value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    if (value == null || !UUID_TEXT.matcher(value).matches()) {
      throw new ValidationException(
          "caseId",
          "Het zaaknummer is ongeldig: verwacht wordt een UUID.",
          "The case id is invalid: a UUID is expected.");
    }
  }

  /** A new random case id. */
  public static CaseId generate() {
    return new CaseId(UUID.randomUUID().toString());
  }

  /**
   * Parses a case id.
   *
   * @throws ValidationException (field {@code "caseId"}) unless the input is a UUID
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
