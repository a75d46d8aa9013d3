package nl.toeslagen.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query or path parameter with a control character (400 naming the parameter) before any
 * resource sees it, for every operation at once; request bodies get the same rule from {@link
 * StrictJsonReader}. Runs after authentication and the role check, so that a wrong role is still
 * refused (and audited) as such.
 */
@Provider
@Priority(Priorities.USER)
public class ControlCharacterFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String bad = firstBad(request.getUriInfo().getQueryParameters());
    if (bad == null) {
      bad = firstBad(request.getUriInfo().getPathParameters());
    }
    if (bad != null) {
      request.abortWith(
          Problems.response(
              400,
              "Bad Request",
              "Parameter '" + bad + "' bevat een onzichtbaar stuurteken (zoals NUL); haal het weg.",
              "Parameter '"
                  + bad
                  + "' contains an invisible control character (such as NUL); remove it.",
              bad,
              null));
    }
  }

  private static String firstBad(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
      for (String value : p.getValue()) {
        if (value != null && ControlCharacters.present(value)) {
          return p.getKey();
        }
      }
    }
    return null;
  }
}
