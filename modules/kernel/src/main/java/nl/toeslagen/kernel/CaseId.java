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

  /**
   * Parses the id of a case named in a request path: text that is not a case id names no case, so
   * it is answered as unknown (404), exactly like a well-formed id of a case that does not exist.
   *
   * @param objectType what the id names, for the message (e.g. {@code OBJECTION})
   * @throws NotFoundException unless the input is a UUID
   */
  public static CaseId ofPath(String value, String objectType) {
    if (value == null || !UUID_TEXT.matcher(value.strip().toLowerCase(Locale.ROOT)).matches()) {
      // the malformed text is not echoed back
      throw new NotFoundException(objectType, "(geen geldig kenmerk / not a valid id)");
    }
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
