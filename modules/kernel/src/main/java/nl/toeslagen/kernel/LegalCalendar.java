package nl.toeslagen.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calendar of the Algemene termijnenwet (Atw, BWBR0002448).
 *
 * <p>Holidays are the generally recognised holidays of Atw art. 3: New Year's Day, Good Friday,
 * Easter Monday, King's Day (27 April, or 26 April when the 27th is a Sunday), 5 May, Ascension
 * Day, Whit Monday, Christmas Day and Boxing Day; plus the days equated with them by royal decree
 * (Atw art. 3), kept as data in the resource {@code nl/toeslagen/kernel/equated-days.txt} so that
 * new decrees need no code change.
 *
 * <p>Atw art. 1: a statutory term that ends on a Saturday, Sunday or holiday is extended to the
 * next day that is none of these ({@link #statutoryTermEnd(LocalDate)}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LegalCalendar {

  /** Classpath location of the days equated with holidays by royal decree. */
  public static final String EQUATED_DAYS_RESOURCE = "nl/toeslagen/kernel/equated-days.txt";

  private static volatile LegalCalendar standard;

  private final Set<LocalDate> equatedDays;
  private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

  private LegalCalendar(Collection<LocalDate> equatedDays) {
    Objects.requireNonNull(equatedDays, "equatedDays");
    this.equatedDays = Collections.unmodifiableSet(new TreeSet<>(equatedDays));
  }

  /** The statutory holidays plus the equated days of the resource file; one shared instance. */
  public static LegalCalendar standard() {
    LegalCalendar result = standard;
    if (result == null) {
      synchronized (LegalCalendar.class) {
        result = standard;
        if (result == null) {
          result = new LegalCalendar(loadEquatedDays());
          standard = result;
        }
      }
    }
    return result;
  }

  /** The statutory holidays plus exactly the given equated days (the resource file is ignored). */
  public static LegalCalendar withEquatedDays(Collection<LocalDate> equatedDays) {
    return new LegalCalendar(equatedDays);
  }

  /** A calendar with this one's equated days and {@code extraDays} added. */
  public LegalCalendar plusEquatedDays(Collection<LocalDate> extraDays) {
    Set<LocalDate> all = new HashSet<>(equatedDays);
    all.addAll(extraDays);
    return new LegalCalendar(all);
  }

  /** The days equated with holidays by royal decree known to this calendar, in order. */
  public Set<LocalDate> equatedDays() {
    return equatedDays;
  }

  /** True for a statutory holiday or an equated day. */
  public boolean isHoliday(LocalDate date) {
    return holidayNames(date.getYear()).containsKey(date);
  }

  /** The Dutch name of the holiday on {@code date}, if it is one. */
  public Optional<String> holidayName(LocalDate date) {
    return Optional.ofNullable(holidayNames(date.getYear()).get(date));
  }

  /** All holidays and equated days of {@code year}, in order. */
  public Set<LocalDate> holidays(int year) {
    return Collections.unmodifiableSet(new TreeSet<>(holidayNames(year).keySet()));
  }

  /** Neither Saturday, Sunday nor holiday. */
  public boolean isWorkingDay(LocalDate date) {
    return !isWeekend(date) && !isHoliday(date);
  }

  /**
   * The day a statutory term really ends (Atw art. 1): {@code nominalEnd} itself when it is a
   * working day, otherwise the first following working day.
   */
  public LocalDate statutoryTermEnd(LocalDate nominalEnd) {
    LocalDate day = nominalEnd;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The working day {@code workingDays} working days after {@code date} ({@code date} itself is not
   * counted). Zero returns {@code date}; a negative count goes back.
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    if (workingDays < 0) {
      return minusWorkingDays(date, -workingDays);
    }
    LocalDate day = date;
    int remaining = workingDays;
    while (remaining > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The working day {@code workingDays} working days before {@code date}. Zero returns {@code
   * date}; a negative count goes forward.
   */
  public LocalDate minusWorkingDays(LocalDate date, int workingDays) {
    if (workingDays < 0) {
      return plusWorkingDays(date, -workingDays);
    }
    LocalDate day = date;
    int remaining = workingDays;
    while (remaining > 0) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The number of working days after {@code fromExclusive} up to and including {@code toInclusive};
   * negative when {@code toInclusive} is before {@code fromExclusive}.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1);
        !day.isAfter(toInclusive);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Easter Sunday of {@code year} by the Gregorian computus (anonymous algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  private Map<LocalDate, String> holidayNames(int year) {
    return holidaysByYear.computeIfAbsent(year, this::computeHolidays);
  }

  private Map<LocalDate, String> computeHolidays(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    for (LocalDate equated : equatedDays) {
      if (equated.getYear() == year) {
        days.put(equated, "Bij Koninklijk Besluit gelijkgestelde dag");
      }
    }
    LocalDate easter = easterSunday(year);
    LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
    if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
      kingsDay = kingsDay.minusDays(1);
    }
    days.put(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag");
    days.put(easter.minusDays(2), "Goede Vrijdag");
    days.put(easter.plusDays(1), "Tweede Paasdag");
    days.put(kingsDay, "Koningsdag");
    days.merge(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag", (a, b) -> a + " en " + b);
    days.merge(easter.plusDays(39), "Hemelvaartsdag", (a, b) -> a + " en " + b);
    days.put(easter.plusDays(50), "Tweede Pinksterdag");
    days.put(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag");
    days.put(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag");
    return Collections.unmodifiableMap(days);
  }

  private static Set<LocalDate> loadEquatedDays() {
    ClassLoader loader = LegalCalendar.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(EQUATED_DAYS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + EQUATED_DAYS_RESOURCE);
      }
      return parseEquatedDays(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one ISO date per line; {@code #} starts a comment, blank lines are skipped.
   *
   * @throws IllegalStateException naming the line of a malformed date
   */
  /** Reads the equated-days format: one ISO date per line, {@code #} starts a comment. */
  public static Set<LocalDate> parseEquatedDays(InputStream in) throws IOException {
    Set<LocalDate> days = new TreeSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (text.isEmpty()) {
        continue;
      }
      try {
        days.add(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(
            "Line " + number + " of " + EQUATED_DAYS_RESOURCE + " is not an ISO date: " + text, e);
      }
    }
    return days;
  }
}
