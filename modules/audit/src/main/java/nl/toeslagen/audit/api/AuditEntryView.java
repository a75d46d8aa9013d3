package nl.toeslagen.audit.api;

import java.time.Instant;

/** A stored audit entry, as read by the inspectorate. Times are UTC with millisecond precision. */
public record AuditEntryView(
    long sequence,
    Instant occurredAt,
    String actor,
    String role,
    String action,
    String objectType,
    String objectId,
    Outcome outcome,
    String legalBasis,
    String reasons,
    String correlationId,
    String prevHash,
    String entryHash) {}
