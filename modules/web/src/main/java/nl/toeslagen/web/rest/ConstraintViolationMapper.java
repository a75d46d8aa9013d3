package nl.toeslagen.web.rest;

import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * A request that breaks a Jakarta Validation constraint of a request type or parameter: 400
 * problem+json naming the field as a JSON path ({@code contestedDecision.date}, {@code grounds[1]},
 * or the query parameter's name). With several violations the first by path is named in {@code
 * field} and {@code detailNl}, and {@code errors} lists every one (field, Dutch and English text,
 * sorted by path), so a form can show all its errors at once.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private final Clock clock = Clock.systemUTC();

  @jakarta.inject.Inject nl.toeslagen.kernel.ActorProvider actors;

  @jakarta.inject.Inject nl.toeslagen.web.security.LoginAudit refusals;

  @jakarta.inject.Inject AuditedObjectRegistry auditedObjects;

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  @jakarta.ws.rs.core.Context jakarta.ws.rs.container.ResourceInfo resource;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    JsonObject problem = problem(e);
    audit(problem);
    return Response.status(400).type(Problems.MEDIA_TYPE).entity(problem.toString()).build();
  }

  /**
   * Every refusal leaves an audit entry, also of input refused by a declared constraint: {@code
   * REFUSED <resource.method>} under the object the path addresses, with the field and its Dutch
   * text (never the value sent). Nothing else is written.
   */
  private void audit(JsonObject problem) {
    if (refusals == null || resource == null || resource.getResourceMethod() == null) {
      return;
    }
    nl.toeslagen.kernel.Actor actor = actors == null ? null : actors.current();
    RefusalSubject subject = RefusalSubject.of(auditedObjects, resource, uri);
    String why =
        "Ongeldige invoer / invalid input: "
            + problem.getString("field", "body")
            + " — "
            + problem.getString("detailNl", "");
    refusals.refused(
        actor == null ? "anoniem" : actor.userName(),
        actor == null ? null : actor.rolesText(),
        nl.toeslagen.web.security.WebVocabularies.REFUSED
            + " "
            + resource.getResourceClass().getSimpleName()
            + "."
            + resource.getResourceMethod().getName(),
        subject.objectType(),
        subject.objectId(),
        null,
        subject.reasons(why.length() > 1000 ? why.substring(0, 1000) : why));
  }

  /** The problem document: the first violation by path, and every violation in {@code errors}. */
  JsonObject problem(ConstraintViolationException e) {
    List<ConstraintViolation<?>> violations =
        new java.util.ArrayList<>(
            e.getConstraintViolations() == null ? List.of() : e.getConstraintViolations());
    violations.sort(Comparator.comparing(ConstraintViolationMapper::field));
    if (violations.isEmpty()) {
      return Problems.json(
          400,
          "Bad Request",
          "Het verzoek is niet geldig.",
          "The request is not valid.",
          "body",
          null);
    }
    jakarta.json.JsonArrayBuilder errors = jakarta.json.Json.createArrayBuilder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    String firstField = null;
    ViolationTexts.Text first = null;
    for (ConstraintViolation<?> v : violations) {
      String field = field(v);
      ViolationTexts.Text text = ViolationTexts.of(v, field, clock);
      if (first == null) {
        firstField = field;
        first = text;
      }
      // one message per field: the first by path, as the summary names it
      if (seen.add(field)) {
        errors.add(
            jakarta.json.Json.createObjectBuilder()
                .add("field", field)
                .add("detailNl", text.nl())
                .add("detailEn", text.en()));
      }
    }
    JsonObject problem =
        Problems.json(400, "Bad Request", first.nl(), first.en(), firstField, null);
    return jakarta.json.Json.createObjectBuilder(problem).add("errors", errors).build();
  }

  /**
   * The JSON path of a violation: method and body-parameter nodes dropped, a query or path
   * parameter by its name, list elements as {@code [i]}.
   */
  static String field(ConstraintViolation<?> v) {
    StringBuilder b = new StringBuilder();
    Path.MethodNode method = null;
    for (Path.Node node : v.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        String name =
            parameterName(v.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
        if (name != null) {
          b.append(name);
        }
        continue;
      }
      if (kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
        continue;
      }
      // the index of the list element this node lies in: grounds[1], answers[0].reasons
      if (node.isInIterable()) {
        b.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      if (kind == ElementKind.PROPERTY && node.getName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(node.getName());
      }
    }
    return b.length() == 0 ? "body" : b.toString();
  }

  /** The {@code @QueryParam}/{@code @PathParam} name of a resource method's parameter, or null. */
  static String parameterName(Class<?> type, Path.MethodNode method, Path.ParameterNode param) {
    if (method == null || type == null) {
      return null;
    }
    List<Class<?>> types = method.getParameterTypes();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!m.getName().equals(method.getName())
            || !List.of(m.getParameterTypes()).equals(types)) {
          continue;
        }
        for (Annotation a : m.getParameterAnnotations()[param.getParameterIndex()]) {
          if (a instanceof QueryParam q) {
            return q.value();
          }
          if (a instanceof PathParam p) {
            return p.value();
          }
          if (a instanceof HeaderParam h) {
            return h.value();
          }
          if (a instanceof FormParam f) {
            return f.value();
          }
          if (a instanceof CookieParam k) {
            return k.value();
          }
        }
        return null; // the body
      }
    }
    return null;
  }
}
