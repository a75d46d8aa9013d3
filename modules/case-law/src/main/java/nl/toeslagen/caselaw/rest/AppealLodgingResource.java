package nl.toeslagen.caselaw.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.toeslagen.caselaw.application.AppealCommands;
import nl.toeslagen.caselaw.application.AppealService;
import nl.toeslagen.caselaw.application.AppealViews.AppealDetails;
import nl.toeslagen.kernel.RoleNames;

/**
 * An appeal lodged against an objection decision. Its own root resource under the objection's path:
 * JAX-RS picks the root whose template has the most literal characters, so {@code
 * objections/{id}/appeals} is served here and every other {@code objections/…} path by the
 * objections' resource.
 */
@Path("objections/{id}/appeals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealLodgingResource {

  @Inject AppealService service;
  @Context UriInfo uri;

  /**
   * Lodges a beroep or hoger beroep against the decision on objection {@code id}: 201 with the
   * appeal ({@code id}, {@code caseNumber}, {@code defenceDueOn}). An undecided objection is a 409
   * naming {@code objectionId}.
   */
  @POST
  @RolesAllowed({RoleNames.BEHANDELAAR, RoleNames.VAKTECHNIEK})
  public Response lodge(
      @PathParam("id") String objectionId, @NotNull @Valid AppealCommands.AppealLodge request) {
    AppealDetails created = service.lodge(objectionId, request);
    return Response.created(uri.getBaseUriBuilder().path("appeals").path(created.id()).build())
        .entity(created)
        .build();
  }
}
