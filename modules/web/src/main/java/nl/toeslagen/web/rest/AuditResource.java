package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.audit.api.AuditEntryView;
import nl.toeslagen.audit.api.AuditPage;
import nl.toeslagen.audit.api.AuditQuery;
import nl.toeslagen.audit.api.AuditSearchCriteria;
import nl.toeslagen.audit.api.AuditVerifier;
import nl.toeslagen.audit.api.ChainVerification;
import nl.toeslagen.audit.application.AuditExportService;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.web.security.AuditTrailAccessPolicy;
import nl.toeslagen.web.security.AuditTrailScopePolicy;
import nl.toeslagen.web.security.LoginAudit;

/**
 * The audit trail for the inspectorate and administrators: search, export, and verification of the
 * hash chain. A timeline (the entries of one object) is read only by the roles that may read the
 * object itself, as the contexts declare ({@link AuditedObjectRegistry}); the whole trail only by
 * the inspectorate, administrators, team managers and the privacy adviser. Every read of the trail
 * is itself audited; a refused read is refused (403) and audited under the object asked for.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditVerifier verifier;

  @Inject AuditQuery query;

  @Inject AuditExportService export;

  @Inject ActorProvider actors;

  @Inject AuditedObjectRegistry auditedObjects;

  @Inject LoginAudit trailReads;

  @GET
  @Path("verification")
  @RolesAllowed({RoleNames.INSPECTIE, RoleNames.BEHEER})
  public ChainCheck verification() {
    ChainVerification result = verifier.verify();
    return new ChainCheck(
        result.intact(),
        result.entries(),
        result.pendingEntries(),
        result.intact() ? null : result.firstBrokenSequence(),
        result.intact() ? null : result.reason());
  }

  /**
   * The chain check: intact or not, the entries checked and those still waiting for their place in
   * the chain; for a broken chain the first broken sequence number and why (else null).
   */
  @JsonbNillable
  public record ChainCheck(
      boolean intact, long entries, long pendingEntries, Long firstBrokenSequence, String reason) {}

  /** One page of the trail, newest or oldest first. */
  public record AuditEntries(List<AuditEntryRow> entries, long total, int page, int size) {}

  /**
   * One audit entry as the trail shows it; role, object id, legal basis and reasons may be null.
   * The hashes link it into the chain.
   */
  @JsonbNillable
  public record AuditEntryRow(
      long sequence,
      String occurredAt,
      String actor,
      String role,
      String action,
      String objectType,
      String objectId,
      String outcome,
      String legalBasis,
      String reasons,
      String correlationId,
      String prevHash,
      String entryHash) {

    static AuditEntryRow of(AuditEntryView e) {
      return new AuditEntryRow(
          e.sequence(),
          e.occurredAt().toString(),
          e.actor(),
          e.role(),
          e.action(),
          e.objectType(),
          e.objectId(),
          e.outcome().name(),
          e.legalBasis(),
          e.reasons(),
          e.correlationId(),
          e.prevHash(),
          e.entryHash());
    }
  }

  @GET
  @Path("entries")
  @RolesAllowed({
    RoleNames.INSPECTIE,
    RoleNames.BEHEER,
    RoleNames.TEAMLEIDER,
    RoleNames.PRIVACY,
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT
  })
  public AuditEntries entries(
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("order") String order) {
    AuditSearchCriteria criteria =
        criteria(objectType, objectId, actor, action, from, to, page, size, order);
    requireAccess(criteria);
    AuditPage result = query.search(criteria);
    recordRead("AUDIT_TRAIL_READ", criteria, result.entries().size());
    return new AuditEntries(
        result.entries().stream().map(AuditEntryRow::of).toList(),
        result.total(),
        result.page(),
        result.size());
  }

  @GET
  @Path("export")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @RolesAllowed({RoleNames.INSPECTIE, RoleNames.BEHEER})
  public Response export(
      @QueryParam("format") String format,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AuditSearchCriteria criteria =
        criteria(
            objectType,
            objectId,
            actor,
            action,
            from,
            to,
            0,
            AuditSearchCriteria.MAX_PAGE_SIZE,
            "asc");
    requireAccess(criteria);
    recordRead("AUDIT_TRAIL_EXPORTED", criteria, -1);
    boolean json = "json".equalsIgnoreCase(format);
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          if (json) {
            export.writeJson(criteria, writer);
          } else {
            export.writeCsv(criteria, writer);
          }
          writer.flush();
        };
    String name = "audittrail-" + LocalDate.now(ZoneOffset.UTC) + (json ? ".json" : ".csv");
    return Response.ok(body, json ? MediaType.APPLICATION_JSON : "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private void requireAccess(AuditSearchCriteria criteria) {
    Actor actor = actors.current();
    PolicyDecision decision =
        access(auditedObjects, actor, criteria.objectType(), criteria.objectId());
    if (decision.refused()) {
      throw new PolicyViolationException(
          decision,
          criteria.objectType() == null ? AUDIT_TRAIL : criteria.objectType(),
          criteria.objectType() == null ? null : criteria.objectId());
    }
  }

  static final String AUDIT_TRAIL = "AUDIT_TRAIL";

  /**
   * Who reads which part of the trail: the scope ({@link AuditTrailScopePolicy}: case workers name
   * one object), then the object type ({@link AuditTrailAccessPolicy}: the roles that may read such
   * objects, and the inspectorate).
   */
  static PolicyDecision access(
      AuditedObjectRegistry registry, Actor actor, String objectType, String objectId) {
    PolicyDecision scope = AuditTrailScopePolicy.evaluate(actor, objectType, objectId);
    if (scope.refused()) {
      return scope;
    }
    return AuditTrailAccessPolicy.evaluate(
        actor, objectType, objectType == null ? Optional.empty() : registry.type(objectType));
  }

  private void recordRead(String action, AuditSearchCriteria c, int shown) {
    Actor actor = actors.current();
    RefusalSubject subject = RefusalSubject.of(c.objectType(), c.objectId(), "");
    boolean timeline = !RefusalSubject.REQUEST.equals(subject.objectType());
    StringBuilder why = new StringBuilder(timeline ? "timeline read" : "trail searched");
    if (c.objectType() != null && !c.objectType().equals(subject.objectType())) {
      why.append("; objectType ").append(RefusalSubject.shorten(c.objectType(), 60));
    }
    if (c.objectId() != null && !c.objectId().equals(subject.objectId())) {
      why.append("; objectId ").append(RefusalSubject.shorten(c.objectId(), 100));
    }
    if (c.actor() != null) {
      why.append("; actor ").append(RefusalSubject.shorten(c.actor(), 100));
    }
    if (c.action() != null) {
      why.append("; action ").append(RefusalSubject.shorten(c.action(), 100));
    }
    if (shown >= 0) {
      why.append("; page ").append(c.page()).append(", ").append(shown).append(" entries shown");
    }
    trailReads.recorded(
        actor.userName(),
        actor.rolesText(),
        action,
        timeline ? subject.objectType() : AUDIT_TRAIL,
        timeline ? subject.objectId() : "search",
        why.toString());
  }

  private static AuditSearchCriteria criteria(
      String objectType,
      String objectId,
      String actor,
      String action,
      String from,
      String to,
      Integer page,
      Integer size,
      String order) {
    int p = page == null ? 0 : page;
    int s = size == null ? AuditSearchCriteria.DEFAULT_PAGE_SIZE : size;
    if (p < 0) {
      throw new ValidationException(
          "page", "De paginanummering begint bij 0.", "Pages start at 0.");
    }
    if (s < 1 || s > AuditSearchCriteria.MAX_PAGE_SIZE) {
      throw new ValidationException(
          "size",
          "Kies een paginagrootte van 1 tot " + AuditSearchCriteria.MAX_PAGE_SIZE + ".",
          "Choose a page size from 1 to " + AuditSearchCriteria.MAX_PAGE_SIZE + ".");
    }
    if ((long) p * s > Integer.MAX_VALUE) {
      throw new ValidationException(
          "page",
          "Dit paginanummer ligt ver voorbij het einde van de audittrail.",
          "This page number lies far beyond the end of the audit trail.");
    }
    Instant fromInstant = instant("from", from, false);
    Instant toInstant = instant("to", to, true);
    if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
      throw new ValidationException(
          "to", "De einddatum ligt voor de begindatum.", "The end date is before the start date.");
    }
    return new AuditSearchCriteria(
        blankToNull(objectType),
        blankToNull(objectId),
        blankToNull(actor),
        blankToNull(action),
        fromInstant,
        toInstant,
        p,
        s,
        !"desc".equalsIgnoreCase(order));
  }

  /** Accepts a date (whole UTC day; an end date includes that day) or an ISO instant. */
  private static Instant instant(String field, String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          field,
          "Geef de datum als JJJJ-MM-DD of als ISO-tijdstip.",
          "Give the date as YYYY-MM-DD or as an ISO instant.");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
