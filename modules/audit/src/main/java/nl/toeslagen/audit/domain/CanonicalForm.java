package nl.toeslagen.audit.domain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The canonical text of an audit entry, the input of its hash. Deterministic: a version line, then
 * the fields in a fixed order, one per line, each as {@code name=<length>:<value>} ({@code name=~}
 * for null), so that no two different entries share a canonical form (a value may contain any
 * character, including '=', ':' and newlines, without shifting a field boundary). The time is UTC
 * with exactly three fraction digits.
 *
 * <p>Changing this format breaks every stored hash: add a new version instead.
 */
public final class CanonicalForm {

  public static final String VERSION = "toeslagen-audit-entry/v1";

  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private CanonicalForm() {}

  public static String of(AuditEntry e) {
    StringBuilder sb = new StringBuilder(256).append(VERSION).append('\n');
    field(sb, "sequence", Long.toString(e.sequence()));
    field(sb, "occurred_at", UTC_MILLIS.format(e.occurredAt().truncatedTo(ChronoUnit.MILLIS)));
    field(sb, "actor", e.actor());
    field(sb, "role", e.role());
    field(sb, "action", e.action());
    field(sb, "object_type", e.objectType());
    field(sb, "object_id", e.objectId());
    field(sb, "outcome", e.outcome() == null ? null : e.outcome().name());
    field(sb, "legal_basis", e.legalBasis());
    field(sb, "reasons", e.reasons());
    field(sb, "correlation_id", e.correlationId());
    field(sb, "prev_hash", e.prevHash());
    return sb.toString();
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append(name).append('=');
    if (value == null) {
      sb.append('~');
    } else {
      sb.append(value.length()).append(':').append(value);
    }
    sb.append('\n');
  }
}
