package nl.toeslagen.caselaw.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.toeslagen.caselaw.application.AppealCommands;
import nl.toeslagen.caselaw.application.AppealQueries;
import nl.toeslagen.caselaw.application.AppealService;
import nl.toeslagen.caselaw.application.AppealViews.AppealDetails;
import nl.toeslagen.caselaw.application.AppealViews.AppealPage;
import nl.toeslagen.kernel.Paging;
import nl.toeslagen.kernel.RoleNames;

/** Appeals: the list, the appeal page, and the agency's steps with their terms. */
@Path("appeals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealResource {

  /** The page size of the list when none is asked for. */
  static final int DEFAULT_SIZE = 25;

  @Inject AppealService service;
  @Inject AppealQueries queries;

  /** The appeal list, newest first; optionally one {@code objectionId} and/or {@code status}. */
  @GET
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public AppealPage list(
      // Strings checked by @Pattern: Payara's OpenAPI generator fails on @Size/@Min/@Max on a
      // query parameter. An unknown status is refused by AppealInputPolicy.
      @QueryParam("objectionId") @Pattern(regexp = AppealCommands.ID) String objectionId,
      @QueryParam("status") @Pattern(regexp = "[A-Za-z_]{0,40}") String status,
      @QueryParam("page") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String page,
      @QueryParam("size") @Pattern(regexp = Paging.SIZE_PATTERN, message = "{toeslagen.pageSize}")
          String size) {
    return queries.list(objectionId, status, Paging.page(page), Paging.size(size, DEFAULT_SIZE));
  }

  /** The appeal page with its steps, terms, check and ruling; every read is audited. */
  @GET
  @Path("{id}")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public AppealDetails get(@PathParam("id") String id) {
    return queries.get(id);
  }

  /**
   * The professional line's check before a higher appeal (four eyes: not who drafted or reviewed
   * the objection decision, not who registered the appeal).
   */
  @POST
  @Path("{id}/professional-line-check")
  @RolesAllowed(RoleNames.VAKTECHNIEK)
  public AppealDetails check(
      @PathParam("id") String id, @NotNull @Valid AppealCommands.AppealCheck request) {
    return service.check(id, request);
  }

  /** The statement of defence and the file sent to the court (four weeks, Awb 8:42). */
  @POST
  @Path("{id}/statement-of-defence")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public AppealDetails defence(
      @PathParam("id") String id, @NotNull @Valid AppealCommands.AppealDefence request) {
    return service.defence(id, request);
  }

  /** The hearing at the court, or why there is none. */
  @POST
  @Path("{id}/hearing")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public AppealDetails hearing(
      @PathParam("id") String id, @NotNull @Valid AppealCommands.AppealHearing request) {
    return service.hearing(id, request);
  }
}
