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

  private MeasurementSwitch() {}

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
    return true;
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
