package nl.toeslagen.kernel;

import java.util.Locale;

/**
 * Two switches that exist only to measure what the engine's history and the audit trail cost
 * ({@code bin/benchmark}, figure P2 of docs/performance.md): {@code TOESLAGEN_ENGINE_HISTORY=none}
 * runs the engine without history, {@code TOESLAGEN_AUDIT=off} records no audit entries. Neither is
 * ever allowed outside the demo profile: with {@code TOESLAGEN_PROFILE=production} (or any other
 * profile) setting one refuses to start, so a production system always keeps its trail.
 */
public final class MeasurementSwitch {

  /** {@code off}: no audit entries are recorded (demo profile only). */
  public static final String AUDIT = "TOESLAGEN_AUDIT";

  /** {@code none}: the engine keeps no history (demo profile only); default {@code full}. */
  public static final String ENGINE_HISTORY = "TOESLAGEN_ENGINE_HISTORY";

  /**
   * A number of intakes (demo profile only): after start the application measures intake through
   * the application service, without HTTP, from 1 and 4 threads, and logs the figures
   * (bin/benchmark, P1). Default {@code 0}: no measurement.
   */
  public static final String SERVICE_INTAKES = "TOESLAGEN_BENCH_SERVICE_INTAKES";

  /** The most intakes one measurement may make. */
  public static final int MAX_SERVICE_INTAKES = 100_000;

  private MeasurementSwitch() {}

  /**
   * The number of intakes to measure through the application service after start, 0 when none.
   *
   * @throws IllegalStateException (refusing the start) for a value that is not a whole number from
   *     0 to {@value #MAX_SERVICE_INTAKES}, or for a measurement outside the demo profile
   */
  public static int serviceIntakes() {
    String value = value(SERVICE_INTAKES, "0");
    if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) > MAX_SERVICE_INTAKES) {
      throw new IllegalStateException(
          "Unknown "
              + SERVICE_INTAKES
              + " '"
              + value
              + "': use a whole number from 0 to "
              + MAX_SERVICE_INTAKES
              + ".");
    }
    int intakes = Integer.parseInt(value);
    if (intakes > 0) {
      demoOnly(SERVICE_INTAKES, value);
    }
    return intakes;
  }

  /** True when the audit trail is switched off for a measurement. */
  public static boolean auditOff() {
    return on(AUDIT, "off", "on");
  }

  /** True when the engine's history is switched off for a measurement. */
  public static boolean historyNone() {
    return on(ENGINE_HISTORY, "none", "full");
  }

  private static boolean on(String name, String measuring, String normal) {
    String value = value(name, normal).toLowerCase(Locale.ROOT);
    if (value.equals(normal)) {
      return false;
    }
    if (!value.equals(measuring)) {
      throw new IllegalStateException(
          "Unknown " + name + " '" + value + "': use '" + normal + "' or '" + measuring + "'.");
    }
    demoOnly(name, measuring);
    return true;
  }

  private static void demoOnly(String name, String measuring) {
    String profile = value("TOESLAGEN_PROFILE", "demo");
    if (!"demo".equals(profile)) {
      throw new IllegalStateException(
          "Refusing to start: "
              + name
              + "="
              + measuring
              + " is for measurements only and is refused in the '"
              + profile
              + "' profile.");
    }
  }

  /** The environment variable, else the system property of the same name in lower case, dotted. */
  private static String value(String name, String fallback) {
    String env = System.getenv(name);
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
    return property == null || property.isBlank() ? fallback : property.trim();
  }
}
