package nl.toeslagen.kernel;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human-readable number of a case (zaaknummer), shown to citizens and civil servants next to
 * the technical id: a two-letter prefix per workflow, the year the case was registered and a
 * running number of at least six digits, e.g. {@code BZ-2026-000123}. The running number comes from
 * a database sequence per workflow (gaps are possible, duplicates are not).
 */
public record CaseNumber(String prefix, int year, long sequence) implements Serializable {

  /**
   * The shape a request may send, for a declarative {@code @Pattern} (blanks around and lower case
   * allowed, empty = no filter); {@link #parse} reads what matches.
   */
  public static final String REQUEST_PATTERN = "(\\s{0,4}[A-Za-z]{2}-\\d{4}-\\d{6,12}\\s{0,4})?";

  private static final Pattern TEXT = Pattern.compile("([A-Z]{2})-(\\d{4})-(\\d{6,12})");

  /** Validates the parts. */
  public CaseNumber {
    if (prefix == null || !prefix.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("prefix must be two capital letters: " + prefix);
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
    if (sequence < 1 || sequence > 999_999_999_999L) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
  }

  /**
   * Parses a case number as a user types it (surrounding blanks and lower case allowed).
   *
   * @param field the request field, for the problem's {@code field}
   * @throws ValidationException unless the text has the shape {@code XX-YYYY-NNNNNN}
   */
  public static CaseNumber parse(String field, String text) {
    Matcher m = text == null ? null : TEXT.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (m == null || !m.matches()) {
      throw new ValidationException(
          field,
          "Het zaaknummer is ongeldig: verwacht wordt bijvoorbeeld BZ-2026-000123.",
          "The case number is invalid: expected for example BZ-2026-000123.");
    }
    return new CaseNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
  }

  /** Whether the text has the shape of a case number (for a search box that takes both). */
  public static boolean looksLikeOne(String text) {
    return text != null && TEXT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s-%04d-%06d", prefix, year, sequence);
  }
}
