package nl.toeslagen.web.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.web.security.LoginAudit;
import nl.toeslagen.web.security.RoleAuthorisationPolicy;
import nl.toeslagen.web.security.WebVocabularies;

/**
 * Authorisation of every API call by role, failing closed: a resource method without
 * {@code @RolesAllowed} (on the method or its class) is refused to everyone. The inspectorate is
 * read-only everywhere: a user whose only role is INSPECTIE cannot change anything, whatever an
 * annotation says. Browser sessions must send the header {@code X-Toeslagen-Request} on changes,
 * which a cross-site form cannot. Every refusal is audited, filed under the object the request
 * addresses (see {@link RefusalSubject}). The inspectorate is read-only for every user who holds
 * INSPECTIE, whatever other role they hold.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 500)
public class RoleCheckFilter implements ContainerRequestFilter {

  static final String CSRF_HEADER = "X-Toeslagen-Request";
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Context ResourceInfo resource;

  @Inject ActorProvider actors;

  @Inject LoginAudit refusals;

  @Inject AuditedObjectRegistry auditedObjects;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Actor actor = actors.current();
    if (actor == null) {
      request.abortWith(
          Problems.response(
              401,
              "Unauthorized",
              "U bent niet ingelogd. Log in om verder te gaan.",
              "You are not logged in. Log in to continue.",
              null,
              null));
      return;
    }
    boolean write = !READS.contains(request.getMethod());
    if (write
        && request.getHeaderString("Authorization") == null
        && request.getHeaderString(CSRF_HEADER) == null) {
      refuse(
          request,
          actor,
          "change without the " + CSRF_HEADER + " header (possible CSRF)",
          "Dit verzoek is geweigerd: het kwam niet uit de applicatie zelf.",
          "This request was refused: it did not come from the application itself.");
      return;
    }
    if (write && readOnly(actor)) {
      refuse(
          request,
          actor,
          "the inspectorate has read-only access",
          "De inspectie heeft alleen leesrechten.",
          "The inspectorate has read-only access.");
      return;
    }
    if (byRole(actor, resource.getResourceClass(), method)) {
      return;
    }
    refuse(
        request,
        actor,
        "role "
            + actor.rolesText()
            + " may not call "
            + resource.getResourceClass().getSimpleName()
            + "."
            + method.getName(),
        "U heeft niet de juiste rol voor deze handeling.",
        "Your role does not allow this action.");
  }

  /**
   * May {@code actor} call the resource method, as this filter decides (the CSRF header aside): not
   * a change if the actor is read-only, and only with a role the method (or else its class) allows;
   * {@code @PermitAll} is everyone, no annotation is no one. {@code GET /api/me} lists the actions
   * of the user from this, so what the UI offers and what the server allows cannot differ.
   */
  public static boolean mayCall(
      Actor actor, String httpMethod, Class<?> resourceClass, Method method) {
    boolean write = !READS.contains(httpMethod);
    return !(write && readOnly(actor)) && byRole(actor, resourceClass, method);
  }

  private static boolean byRole(Actor actor, Class<?> resourceClass, Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null && !method.isAnnotationPresent(DenyAll.class)) {
      allowed = resourceClass.getAnnotation(RolesAllowed.class);
    }
    return RoleAuthorisationPolicy.evaluate(
            actor, false, allowed == null ? null : Arrays.asList(allowed.value()))
        .allowed();
  }

  /** The inspectorate is read-only: every user who holds INSPECTIE, whatever else they hold. */
  static boolean readOnly(Actor actor) {
    return RoleAuthorisationPolicy.readOnly(actor);
  }

  private void refuse(
      ContainerRequestContext request, Actor actor, String why, String nl, String en) {
    RefusalSubject subject = RefusalSubject.of(auditedObjects, resource, request.getUriInfo());
    refusals.refused(
        actor.userName(),
        actor.rolesText(),
        WebVocabularies.REFUSED + " " + request.getMethod(),
        subject.objectType(),
        subject.objectId(),
        subject.reasons(why));
    request.abortWith(
        Problems.response(403, "Forbidden", nl, en, null, RoleAuthorisationPolicy.NAME));
  }
}
