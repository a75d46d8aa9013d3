package nl.toeslagen.fraudreview.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * How long a closed signal is kept: the retention schedule (bewaarschema), kept as data in the
 * resource {@value #RESOURCE} — one period per outcome, counted from the day the signal was closed.
 * While a signal is open its retention date is provisional (typed at registration, or today plus
 * the longest period); a typed date beyond today plus the longest period is refused. At closure the
 * schedule sets the date. Calendar arithmetic on purpose: a retention date is not a term within
 * which someone must act, so the Algemene termijnenwet does not move it.
 */
@PolicyRule(
    name = "RetentionSchedulePolicy",
    guardsNl =
        "De bewaartermijn van een signaal volgt uit het bewaarschema (per uitkomst, vanaf de"
            + " afsluiting); een getypte datum na de langste termijn wordt geweigerd.",
    guardsEn =
        "A signal's retention date follows from the retention schedule (per outcome, from"
            + " closure); a typed date beyond the longest period is refused.",
    legalBasis = "AVG art. 5 lid 1 sub e (opslagbeperking); Archiefwet 1995 art. 5",
    appliesTo = {"Signaal registreren", "Signaal afsluiten", "Bewaartermijnen toepassen"})
public final class RetentionSchedulePolicy {

  public static final String NAME = "RetentionSchedulePolicy";

  /** Classpath location of the schedule. */
  public static final String RESOURCE = "nl/toeslagen/fraudreview/domain/retention-schedule.csv";

  /** One line of the schedule. */
  public record Entry(Conclusion outcome, Period period, String reasonNl, String reasonEn) {}

  private static volatile RetentionSchedulePolicy standard;

  private final Map<Conclusion, Entry> entries;
  private final Period maximum;

  private RetentionSchedulePolicy(Map<Conclusion, Entry> entries) {
    for (Conclusion c : Conclusion.values()) {
      if (c.closesSignal() && !entries.containsKey(c)) {
        throw new IllegalStateException("The retention schedule has no period for " + c);
      }
    }
    this.entries = Collections.unmodifiableMap(new EnumMap<>(entries));
    LocalDate reference = LocalDate.of(2000, 1, 1);
    this.maximum =
        entries.values().stream()
            .map(Entry::period)
            .max((a, b) -> reference.plus(a).compareTo(reference.plus(b)))
            .orElseThrow();
  }

  /** The schedule of the resource file; one shared instance. */
  public static RetentionSchedulePolicy standard() {
    RetentionSchedulePolicy result = standard;
    if (result == null) {
      synchronized (RetentionSchedulePolicy.class) {
        result = standard;
        if (result == null) {
          try (InputStream in =
              RetentionSchedulePolicy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            result = parse(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          standard = result;
        }
      }
    }
    return result;
  }

  /**
   * Reads the schedule format: {@code outcome|period|reasonNl|reasonEn} per line, {@code #} starts
   * a comment line; every outcome that closes a signal must be present, each period positive.
   */
  public static RetentionSchedulePolicy parse(InputStream in) throws IOException {
    Map<Conclusion, Entry> entries = new EnumMap<>(Conclusion.class);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] cells = text.split("\\|", -1);
      if (cells.length != 4) {
        throw new IllegalStateException("Line " + number + " of " + RESOURCE + ": 4 cells needed");
      }
      Conclusion outcome;
      Period period;
      try {
        outcome = Conclusion.valueOf(cells[0].strip());
        period = Period.parse(cells[1].strip());
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalStateException("Line " + number + " of " + RESOURCE + ": " + text, e);
      }
      if (!outcome.closesSignal() || period.isNegative() || period.isZero()) {
        throw new IllegalStateException("Line " + number + " of " + RESOURCE + ": " + text);
      }
      if (entries.put(outcome, new Entry(outcome, period, cells[2].strip(), cells[3].strip()))
          != null) {
        throw new IllegalStateException(
            "Line " + number + " of " + RESOURCE + ": twice " + outcome);
      }
    }
    return new RetentionSchedulePolicy(entries);
  }

  /** The schedule's lines, in the order of the outcomes. */
  public List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** The line for {@code outcome}. */
  public Entry entry(Conclusion outcome) {
    return Objects.requireNonNull(entries.get(outcome), () -> "no retention for " + outcome);
  }

  /** The longest period of the schedule. */
  public Period maximum() {
    return maximum;
  }

  /** The retention date of a signal closed with {@code outcome} on {@code closedOn}. */
  public LocalDate retentionDate(Conclusion outcome, LocalDate closedOn) {
    return closedOn.plus(entry(outcome).period());
  }

  /** The latest retention date an officer may type on {@code today}. */
  public LocalDate latestTypedDate(LocalDate today) {
    return today.plus(maximum);
  }

  /** A typed (provisional) retention date: after today, not beyond the longest period. */
  public PolicyDecision evaluateTyped(LocalDate typed, LocalDate today) {
    if (!typed.isAfter(today)) {
      return PolicyDecision.refuse(
          NAME,
          "Geef een bewaartermijn die na vandaag eindigt.",
          "Give a retention date after today.");
    }
    if (typed.isAfter(latestTypedDate(today))) {
      return PolicyDecision.refuse(
          NAME,
          "Een signaal wordt hoogstens "
              + dutch(maximum)
              + " bewaard (bewaarschema); kies een datum uiterlijk "
              + ZienswijzeTermPolicy.dutch(latestTypedDate(today))
              + ".",
          "A signal is kept at most "
              + maximum
              + " (retention schedule); choose a date no later than "
              + latestTypedDate(today)
              + ".");
    }
    return PolicyDecision.allow(
        NAME,
        "Voorlopige bewaartermijn past in het schema.",
        "Provisional date fits the schedule.");
  }

  /** A period as Dutch text: "6 maanden", "1 jaar", "7 jaar". */
  public static String dutch(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() > 0) {
      parts.add(period.getYears() + " jaar");
    }
    if (period.getMonths() > 0) {
      parts.add(period.getMonths() + (period.getMonths() == 1 ? " maand" : " maanden"));
    }
    if (period.getDays() > 0) {
      parts.add(period.getDays() + (period.getDays() == 1 ? " dag" : " dagen"));
    }
    return String.join(" en ", parts);
  }
}
