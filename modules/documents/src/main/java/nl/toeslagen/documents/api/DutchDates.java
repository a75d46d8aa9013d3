package nl.toeslagen.documents.api;

import java.time.LocalDate;
import java.util.Objects;

/** Dates the way Dutch letters write them: "23 november 2026". */
public final class DutchDates {
  private static final String[] MONTHS = {
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december"
  };

  private DutchDates() {}

  /** Formats a date as day, Dutch month name in lower case, and year: "1 maart 2027". */
  public static String format(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }
}
