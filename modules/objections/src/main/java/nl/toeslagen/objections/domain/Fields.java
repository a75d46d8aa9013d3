package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.toeslagen.kernel.ValidationException;

/**
 * Parsing of raw input into typed values; every failure is a {@link ValidationException} naming the
 * field.
 */
public final class Fields {

  private Fields() {}

  public static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(
          field, "Veld '" + field + "' is verplicht.", "Field '" + field + "' is required.");
    }
    return value.strip();
  }

  /** A date in ISO form (yyyy-mm-dd); impossible dates such as 2024-02-30 are refused. */
  public static LocalDate date(String field, String value) {
    String text = required(field, value);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          field,
          "Veld '" + field + "' is geen geldige datum (jjjj-mm-dd).",
          "Field '" + field + "' is not a valid date (yyyy-mm-dd).");
    }
  }

  /** Like {@link #date} but {@code null} for an absent value. */
  public static LocalDate optionalDate(String field, String value) {
    return value == null || value.isBlank() ? null : date(field, value);
  }

  public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
    String text = required(field, value).toUpperCase(Locale.ROOT);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new ValidationException(
          field,
          "Veld '" + field + "' heeft een onbekende waarde; toegestaan: " + allowed + ".",
          "Field '" + field + "' has an unknown value; allowed: " + allowed + ".");
    }
  }

  public static void notInFuture(String field, LocalDate date, LocalDate today) {
    if (date != null && date.isAfter(today)) {
      throw new ValidationException(
          field,
          "Veld '" + field + "' ligt in de toekomst.",
          "Field '" + field + "' is in the future.");
    }
  }
}
