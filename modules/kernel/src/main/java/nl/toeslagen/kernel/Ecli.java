package nl.toeslagen.kernel;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * European Case Law Identifier of a Dutch ruling: {@code ECLI:NL:<court>:<year>:<number>}, e.g.
 * {@code ECLI:NL:RVS:2019:4128}. Input is case-insensitive and stored in upper case.
 *
 * @param value the identifier in upper case
 */
public record Ecli(String value) implements Serializable {

  /** Court code of 1-7 letters/digits, four-digit year, ordinal of 1-25 letters/digits/dots. */
  private static final Pattern FORMAT =
      Pattern.compile("ECLI:NL:([A-Z0-9]{1,7}):(\\d{4}):([A-Z0-9.]{1,25})");

  /** Validates; the value is trimmed and put in upper case. */
  public Ecli {
    value = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new ValidationException(
          "ecli",
          "De ECLI moet de vorm ECLI:NL:<instantie>:<jaar>:<nummer> hebben,"
              + " bijvoorbeeld ECLI:NL:RVS:2019:4128.",
          "The ECLI must look like ECLI:NL:<court>:<year>:<number>,"
              + " for example ECLI:NL:RVS:2019:4128.");
    }
  }

  /**
   * Parses an ECLI.
   *
   * @throws ValidationException (field {@code "ecli"}) unless the input is a Dutch ECLI
   */
  public static Ecli parse(String text) {
    return new Ecli(text);
  }

  /** The court code, e.g. {@code "RVS"}, {@code "CRVB"}, {@code "RBDHA"}. */
  public String court() {
    return part(1);
  }

  /** The year of the ruling. */
  public int year() {
    return Integer.parseInt(part(2));
  }

  /** The ordinal number within court and year. */
  public String number() {
    return part(3);
  }

  /** The ruling on uitspraken.rechtspraak.nl. */
  public String url() {
    return "https://uitspraken.rechtspraak.nl/details?id=" + value;
  }

  private String part(int group) {
    Matcher m = FORMAT.matcher(value);
    m.matches();
    return m.group(group);
  }

  @Override
  public String toString() {
    return value;
  }
}
