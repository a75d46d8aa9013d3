package nl.toeslagen.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.DomainException;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.web.security.LoginAudit;
import nl.toeslagen.web.security.WebVocabularies;

/**
 * Turns the domain's refusals into problem+json: invalid input 400 (naming the field), unknown
 * object 404, a named policy that refused 403, 409, 400 or 422 by the refusal's kind (always with
 * an audit entry of the refused attempt, in its own transaction because the attempt's transaction
 * is rolled back), wrong state 409. This mapper is the one place that audits policy refusals:
 * modules throw, they do not audit the refusal themselves. The entry names the object when the
 * exception carries one, otherwise the object the request path addresses ({@link RefusalSubject}),
 * and keeps the path safely in the reasons.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Inject ActorProvider actors;

  @Inject LoginAudit refusals;

  @Context UriInfo uri;

  @Context ResourceInfo resource;

  @Inject AuditedObjectRegistry auditedObjects;

  @Override
  public Response toResponse(DomainException e) {
    DomainException cause = unwrap(e);
    if (cause instanceof ValidationException v) {
      // invalid input is a refusal too: audited with the field and the Dutch text, never the value
      Actor actor = actors.current();
      RefusalSubject subject = RefusalSubject.of(auditedObjects, resource, uri);
      refusals.refused(
          actor == null ? "anoniem" : actor.userName(),
          actor == null ? null : actor.rolesText(),
          WebVocabularies.REFUSED + " " + operation(),
          subject.objectType(),
          subject.objectId(),
          null,
          subject.reasons(
              "Ongeldige invoer / invalid input: " + v.field() + " — " + v.messageNl()));
      return Problems.response(400, "Bad Request", v.messageNl(), v.messageEn(), v.field(), null);
    }
    if (cause instanceof NotFoundException) {
      return Problems.response(404, "Not Found", cause.messageNl(), cause.messageEn(), null, null);
    }
    if (cause instanceof PolicyViolationException p) {
      Actor actor = actors.current();
      // The exception may name the object the refused action was about (e.g. SIGNAL and its id);
      // otherwise under the object the request path addresses, or the request itself.
      RefusalSubject subject =
          p.objectType() != null && p.objectId() != null
              ? RefusalSubject.of(p.objectType(), p.objectId(), path())
              : RefusalSubject.of(auditedObjects, resource, uri);
      refusals.refused(
          actor == null ? "anoniem" : actor.userName(),
          actor == null ? null : actor.rolesText(),
          p.auditAction() != null ? p.auditAction() : WebVocabularies.REFUSED + " " + operation(),
          subject.objectType(),
          subject.objectId(),
          p.decision().basis() == null ? null : p.decision().basis().toString(),
          subject.reasons(
              p.decision().policy()
                  + ": "
                  + p.decision().reasonNl()
                  + " / "
                  + p.decision().reasonEn()));
      return switch (p.kind()) {
        case FORBIDDEN ->
            Problems.response(
                403,
                "Forbidden",
                cause.messageNl(),
                cause.messageEn(),
                p.field(),
                p.decision().policy());
        case CONFLICT ->
            Problems.response(
                409,
                "Conflict",
                cause.messageNl(),
                cause.messageEn(),
                p.field(),
                p.decision().policy());
        case INVALID ->
            Problems.response(
                400,
                "Bad Request",
                cause.messageNl(),
                cause.messageEn(),
                p.field(),
                p.decision().policy());
        case UNPROCESSABLE ->
            Problems.response(
                422,
                "Unprocessable Content",
                cause.messageNl(),
                cause.messageEn(),
                p.field(),
                p.decision().policy());
      };
    }
    if (cause instanceof ConflictException) {
      return Problems.response(409, "Conflict", cause.messageNl(), cause.messageEn(), null, null);
    }
    return Problems.response(400, "Bad Request", cause.messageNl(), cause.messageEn(), null, null);
  }

  private String path() {
    return uri == null ? "?" : uri.getRequestUri().getRawPath();
  }

  private String operation() {
    if (resource == null || resource.getResourceMethod() == null) {
      return "request";
    }
    return resource.getResourceClass().getSimpleName()
        + "."
        + resource.getResourceMethod().getName();
  }

  private static DomainException unwrap(DomainException e) {
    return e;
  }
}
