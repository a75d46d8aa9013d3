package nl.toeslagen.hardship.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The efficiency threshold (doelmatigheidsgrens, Awir art. 26a) as dated data: one published figure
 * per year the final calculation was sent, each with its source, read from the classpath resource
 * {@value #RESOURCE} next to this class. Plain Java (java.io), no framework.
 *
 * <p>The format: UTF-8 lines {@code year,amountCents,source}; the source is everything after the
 * second comma (it may hold commas). Blank lines and lines starting with {@code #} are comments; a
 * first line {@code year,amountCents,source} is the header. Years ascend strictly, none before
 * {@value #FIRST_YEAR} (the rule did not exist before the Wet verbetering uitvoerbaarheid toeslagen
 * took effect on 1 January 2021), the amount is a positive number of cents, and every row names its
 * source. A malformed file is refused with the line number, so a wrong figure never loads quietly.
 *
 * <p>A year without a row takes the latest earlier figure and is marked provisional (see {@link
 * Applied#provisional()}): no figure is ever invented.
 */
public final class EfficiencyThresholds {

  /** The resource, relative to this class's package. */
  public static final String RESOURCE = "efficiency-thresholds.csv";

  /** The first year the threshold exists (Wet verbetering uitvoerbaarheid toeslagen, 2021). */
  public static final int FIRST_YEAR = 2021;

  private static final String HEADER = "year,amountCents,source";

  /** Above this a figure is surely a typing error (EUR 10,000). */
  private static final long MAX_CENTS = 1_000_000;

  /**
   * One published figure.
   *
   * @param year the year the final calculation was sent
   * @param cents the threshold in cents: a recovery at or below it is not collected
   * @param source where the figure was published
   */
  public record Threshold(int year, long cents, String source) {
    public Threshold {
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * The figure applied to a year.
   *
   * @param forYear the year asked for (the decision's year)
   * @param figure the published figure used
   */
  public record Applied(int forYear, Threshold figure) {

    /** True when the figure is of an earlier year: none was loaded for {@link #forYear}. */
    public boolean provisional() {
      return figure.year() != forYear;
    }
  }

  private final List<Threshold> rows;

  private EfficiencyThresholds(List<Threshold> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The figures shipped with the release ({@value #RESOURCE}). */
  public static EfficiencyThresholds load() {
    try (InputStream in = EfficiencyThresholds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource not found: " + RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads figures in the format above.
   *
   * @param name what to call the input in an error message
   * @throws IllegalStateException naming the line, when a line is malformed or out of order
   */
  public static EfficiencyThresholds parse(Reader reader, String name) throws IOException {
    List<Threshold> rows = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      String text = line.strip();
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1).strip();
      }
      if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
        continue;
      }
      String[] cells = text.split(",", 3);
      if (cells.length < 3) {
        throw malformed(name, number, "expected year,amountCents,source");
      }
      int year;
      long cents;
      try {
        year = Integer.parseInt(cells[0].strip());
        cents = Long.parseLong(cells[1].strip());
      } catch (NumberFormatException e) {
        throw malformed(name, number, "year and amountCents must be whole numbers");
      }
      String source = cells[2].strip();
      if (year < FIRST_YEAR) {
        throw malformed(name, number, "no threshold exists before " + FIRST_YEAR);
      }
      if (cents <= 0 || cents > MAX_CENTS) {
        throw malformed(name, number, "amountCents must be from 1 to " + MAX_CENTS);
      }
      if (source.isEmpty()) {
        throw malformed(name, number, "every figure needs its source");
      }
      if (!rows.isEmpty() && rows.get(rows.size() - 1).year() >= year) {
        throw malformed(name, number, "years must ascend, one row per year");
      }
      rows.add(new Threshold(year, cents, source));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(name + ": no efficiency threshold loaded");
    }
    return new EfficiencyThresholds(rows);
  }

  private static IllegalStateException malformed(String name, int line, String why) {
    return new IllegalStateException(name + " line " + line + ": " + why);
  }

  /** The published figures, years ascending. */
  public List<Threshold> rows() {
    return rows;
  }

  /**
   * The figure that applies to a final calculation sent in {@code year}: that year's figure, or the
   * latest earlier one (then {@link Applied#provisional()}); empty before {@value #FIRST_YEAR} and
   * before the first figure loaded.
   */
  public Optional<Applied> forYear(int year) {
    if (year < FIRST_YEAR) {
      return Optional.empty();
    }
    Threshold latest = null;
    for (Threshold t : rows) {
      if (t.year() > year) {
        break;
      }
      latest = t;
    }
    return latest == null ? Optional.empty() : Optional.of(new Applied(year, latest));
  }
}
