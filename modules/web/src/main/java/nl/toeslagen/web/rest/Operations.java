package nl.toeslagen.web.rest;

import java.util.List;
import java.util.TreeSet;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.web.rest.openapi.ResourceScan;
import nl.toeslagen.web.rest.openapi.ResourceScan.ResourceMethod;

/**
 * The API operations of the application (the JAX-RS resource methods, found once by {@link
 * ResourceScan}, as the OpenAPI document lists them) and which of them a user may call, decided by
 * {@link RoleCheckFilter#mayCall}: the same decision the filter takes on every request.
 */
final class Operations {

  private static volatile List<ResourceMethod> all;

  private Operations() {}

  /** Every operation, found once. */
  static List<ResourceMethod> all() {
    List<ResourceMethod> found = all;
    if (found == null) {
      found = List.copyOf(ResourceScan.scan(Operations.class.getClassLoader()));
      all = found;
    }
    return found;
  }

  /** The operation ids (e.g. {@code ObjectionResource_receive}) {@code actor} may call, sorted. */
  static List<String> allowed(Actor actor, List<ResourceMethod> operations) {
    TreeSet<String> ids = new TreeSet<>();
    for (ResourceMethod op : operations) {
      if (RoleCheckFilter.mayCall(actor, op.httpMethod(), op.resource(), op.method())) {
        ids.add(op.operationId());
      }
    }
    return List.copyOf(ids);
  }
}
