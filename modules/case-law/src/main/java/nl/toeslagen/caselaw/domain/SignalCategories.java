package nl.toeslagen.caselaw.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signal categories as data: each with its labels and the threshold that escalates it to
 * management (so many signals within so many days), read from the classpath resource {@value
 * #RESOURCE} next to this class. Plain Java (java.io), no framework; changing a threshold is a
 * change of that file, reviewed like code.
 *
 * <p>The format: UTF-8 lines {@code code;labelNl;labelEn;threshold;windowDays}. Blank lines and
 * lines starting with {@code #} are comments; the header line is skipped. A code is upper case
 * ({@code [A-Z][A-Z0-9_]{1,39}}) and unique, labels are not blank, the threshold is 1 to {@value
 * #MAX_THRESHOLD} and the window 1 to {@value #MAX_WINDOW_DAYS} days. A malformed file is refused
 * with the line number, so a wrong threshold never loads quietly.
 */
public final class SignalCategories {

  /** The resource, relative to this class's package. */
  public static final String RESOURCE = "signal-categories.csv";

  /** The highest threshold accepted. */
  public static final int MAX_THRESHOLD = 100_000;

  /** The longest window accepted (ten years). */
  public static final int MAX_WINDOW_DAYS = 3660;

  private static final String HEADER = "code;labelNl;labelEn;threshold;windowDays";

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /**
   * One category.
   *
   * @param code the code signals carry
   * @param labelNl the label in plain Dutch
   * @param labelEn the label in English
   * @param threshold how many signals within the window escalate the category
   * @param windowDays the window, in days up to and including today
   */
  public record Category(
      String code, String labelNl, String labelEn, int threshold, int windowDays) {
    public Category {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(labelNl, "labelNl");
      Objects.requireNonNull(labelEn, "labelEn");
    }
  }

  private final Map<String, Category> byCode;

  private SignalCategories(Map<String, Category> byCode) {
    this.byCode = byCode;
  }

  /** The categories shipped with the release ({@value #RESOURCE}). */
  public static SignalCategories load() {
    try (InputStream in = SignalCategories.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource not found: " + RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads categories in the format above.
   *
   * @param name what to call the input in an error message
   * @throws IllegalStateException naming the line, when a line is malformed or a code repeats
   */
  public static SignalCategories parse(Reader reader, String name) throws IOException {
    Map<String, Category> rows = new LinkedHashMap<>();
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
      String[] cells = text.split(";", -1);
      if (cells.length != 5) {
        throw malformed(name, number, "expected " + HEADER);
      }
      String code = cells[0].strip();
      String labelNl = cells[1].strip();
      String labelEn = cells[2].strip();
      if (!CODE.matcher(code).matches()) {
        throw malformed(name, number, "the code must match " + CODE.pattern());
      }
      if (labelNl.isEmpty() || labelEn.isEmpty()) {
        throw malformed(name, number, "both labels are required");
      }
      int threshold;
      int window;
      try {
        threshold = Integer.parseInt(cells[3].strip());
        window = Integer.parseInt(cells[4].strip());
      } catch (NumberFormatException e) {
        throw malformed(name, number, "threshold and windowDays must be whole numbers");
      }
      if (threshold < 1 || threshold > MAX_THRESHOLD) {
        throw malformed(name, number, "threshold must be from 1 to " + MAX_THRESHOLD);
      }
      if (window < 1 || window > MAX_WINDOW_DAYS) {
        throw malformed(name, number, "windowDays must be from 1 to " + MAX_WINDOW_DAYS);
      }
      if (rows.putIfAbsent(code, new Category(code, labelNl, labelEn, threshold, window)) != null) {
        throw malformed(name, number, "code " + code + " appears twice");
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(name + ": no signal category loaded");
    }
    return new SignalCategories(java.util.Collections.unmodifiableMap(rows));
  }

  private static IllegalStateException malformed(String name, int line, String why) {
    return new IllegalStateException(name + " line " + line + ": " + why);
  }

  /** Every category, in the order of the file. */
  public List<Category> all() {
    return List.copyOf(byCode.values());
  }

  /** The category with this code (exact, upper case), if any. */
  public Optional<Category> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /** Whether the code is a category. */
  public boolean contains(String code) {
    return find(code).isPresent();
  }
}
