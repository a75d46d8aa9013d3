package nl.toeslagen.kernel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Produces the legal calendar: the {@link LegalCalendar#standard() standard calendar} plus the days
 * equated to public holidays by royal decree that an administrator added in {@code
 * <TOESLAGEN_DATA_DIR>/calendar/equated-days.txt} (same format as the built-in list). A new royal
 * decree is thus data, not a code change. The calendar is immutable, so it is produced in the
 * dependent scope (no proxy) and every injection point gets the same instance.
 */
@ApplicationScoped
public class LegalCalendarProducer {

  static final String EXTRA_DAYS_FILE = "calendar/equated-days.txt";
  private static final Logger LOG = Logger.getLogger(LegalCalendarProducer.class.getName());

  private LegalCalendar calendar;

  @PostConstruct
  void load() {
    calendar = withExtraDaysFrom(dataDir());
  }

  @Produces
  public LegalCalendar legalCalendar() {
    return calendar;
  }

  /** The standard calendar plus the extra equated days in {@code dataDir}, if that file exists. */
  static LegalCalendar withExtraDaysFrom(Path dataDir) {
    Path file = dataDir.resolve(EXTRA_DAYS_FILE);
    if (!Files.isRegularFile(file)) {
      return LegalCalendar.standard();
    }
    try (InputStream in = Files.newInputStream(file)) {
      var extra = LegalCalendar.parseEquatedDays(in);
      LOG.info(() -> "Legal calendar: " + extra.size() + " extra equated days from " + file);
      return LegalCalendar.standard().plusEquatedDays(extra);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static Path dataDir() {
    String configured =
        System.getProperty("toeslagen.data.dir", System.getenv("TOESLAGEN_DATA_DIR"));
    return Path.of(configured == null || configured.isBlank() ? "./toeslagen-data" : configured);
  }
}
