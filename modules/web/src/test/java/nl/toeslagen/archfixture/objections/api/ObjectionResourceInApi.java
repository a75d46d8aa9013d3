package nl.toeslagen.archfixture.objections.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Violation: a JAX-RS resource in a published-contract (api) package instead of rest. */
@Path("fixture")
public class ObjectionResourceInApi {
  @GET
  public String get() {
    return "";
  }
}
