package nl.toeslagen.audit.api;

/**
 * Holds the correlation (trace) id of the current request on this thread, so that every audit entry
 * written while handling it carries the same id. Set it at the start of a request and clear it in a
 * finally block.
 */
public final class AuditCorrelation {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private AuditCorrelation() {}

  public static void set(String correlationId) {
    if (correlationId == null || correlationId.isBlank()) {
      CURRENT.remove();
    } else {
      CURRENT.set(correlationId);
    }
  }

  /** The id set on this thread, or null when none is set. */
  public static String current() {
    return CURRENT.get();
  }

  public static void clear() {
    CURRENT.remove();
  }
}
