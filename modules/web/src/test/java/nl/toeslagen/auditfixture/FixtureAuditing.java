package nl.toeslagen.auditfixture;

import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;

/** Audit entries for {@code AuditActionsTest}: labelled, unlabelled, forwarded, computed. */
public final class FixtureAuditing {

  private FixtureAuditing() {}

  static AuditEvent labelled() {
    return event("FIXTURE_LABELLED");
  }

  static AuditEvent unlabelled() {
    return new AuditEvent("a", null, "FIXTURE_UNLABELLED", "X", "1", Outcome.SUCCESS, null, null);
  }

  static AuditEvent forwarding() {
    return event("FIXTURE_FORWARDED");
  }

  static AuditEvent computed() {
    return new AuditEvent("a", null, name(), "X", "1", Outcome.SUCCESS, null, null);
  }

  static AuditEvent prefixed(String what) {
    return new AuditEvent("a", null, "UNLISTED " + what, "X", "1", Outcome.SUCCESS, null, null);
  }

  /** Passes its parameter on as the action: becomes a place of its own. */
  private static AuditEvent event(String action) {
    return new AuditEvent("a", null, action, "X", "1", Outcome.SUCCESS, null, null);
  }

  private static String name() {
    return "FIXTURE_" + System.nanoTime();
  }
}
