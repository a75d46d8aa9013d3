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
import nl.toeslagen.caselaw.application.SignalCommands;
import nl.toeslagen.caselaw.application.SignalQueries;
import nl.toeslagen.caselaw.application.SignalService;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationDetails;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationPage;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationSummary;
import nl.toeslagen.kernel.Paging;
import nl.toeslagen.kernel.RoleNames;

/** Escalations of signal categories and management's follow-up of them. */
@Path("signal-escalations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignalEscalationResource {

  @Inject SignalService service;
  @Inject SignalQueries queries;

  /** Escalations, newest first, optionally of one status ({@code OPEN}, {@code OPGEVOLGD}). */
  @GET
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public SignalEscalationPage list(
      @QueryParam("status") @Pattern(regexp = "([A-Za-z]{1,20})?", message = "{toeslagen.code}")
          String status,
      @QueryParam("category")
          @Pattern(regexp = SignalManagementResource.CODE_PATTERN, message = "{toeslagen.code}")
          String category,
      @QueryParam("page") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String page,
      @QueryParam("size") @Pattern(regexp = Paging.SIZE_PATTERN, message = "{toeslagen.pageSize}")
          String size) {
    return queries.escalations(
        status,
        category,
        Paging.page(page),
        Paging.size(size, SignalManagementResource.DEFAULT_SIZE));
  }

  /** One escalation with the signals and cases behind it and its follow-up; audited. */
  @GET
  @Path("{id}")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public SignalEscalationDetails get(@PathParam("id") String id) {
    return queries.escalation(id);
  }

  /** Management's follow-up (decision, owner, date): a team leader's, completing the task. */
  @POST
  @Path("{id}/follow-up")
  @RolesAllowed(RoleNames.TEAMLEIDER)
  public SignalEscalationSummary followUp(
      @PathParam("id") String id, @NotNull @Valid SignalCommands.SignalFollowUpRequest request) {
    return service.followUp(id, request);
  }
}
