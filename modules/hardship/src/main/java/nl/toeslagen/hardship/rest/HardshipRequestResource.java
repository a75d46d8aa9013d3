package nl.toeslagen.hardship.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.toeslagen.hardship.application.HardshipCommands;
import nl.toeslagen.hardship.application.HardshipQueries;
import nl.toeslagen.hardship.application.HardshipRequestService;
import nl.toeslagen.hardship.application.HardshipViews.HardshipCollectionPause;
import nl.toeslagen.hardship.application.HardshipViews.HardshipCreated;
import nl.toeslagen.hardship.application.HardshipViews.HardshipListItem;
import nl.toeslagen.hardship.application.HardshipViews.HardshipPage;
import nl.toeslagen.hardship.application.HardshipViews.HardshipPolicySignals;
import nl.toeslagen.hardship.application.HardshipViews.HardshipRequestDetails;
import nl.toeslagen.kernel.Paging;
import nl.toeslagen.kernel.RoleNames;

/** Hardship requests: intake, triage, urgent contact, assessment, review, letters. */
@Path("hardship-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HardshipRequestResource {

  @Inject HardshipRequestService service;
  @Inject HardshipQueries queries;
  @Context UriInfo uri;

  /**
   * The intake: 201 with {@code id}, {@code caseNumber}, {@code track} and the triage deadline.
   * Collection of the recovery concerned is paused while the request is open.
   */
  @POST
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public Response register(@NotNull @Valid HardshipCommands.RegisterHardshipRequest request) {
    HardshipCreated created = service.register(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  /** The request list, newest first; optionally one {@code status}; paged. */
  @GET
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public HardshipPage list(
      // Strings checked by @Pattern, as the other list endpoints do: Payara's OpenAPI generator
      // fails on @Size/@Min/@Max on a query parameter (NPE in ApplicationProcessor), and the
      // whole /openapi document with it. An unknown status is refused by HardshipInputPolicy.
      @QueryParam("status") String status,
      @QueryParam("offset") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String offset,
      @QueryParam("limit") @Pattern(regexp = Paging.SIZE_PATTERN, message = "{toeslagen.pageSize}")
          String limit) {
    return queries.list(status, Paging.page(offset), Paging.size(limit, DEFAULT_LIMIT));
  }

  /** The page size of the list when none is asked for. */
  static final int DEFAULT_LIMIT = 25;

  /**
   * The search: a BSN (audited) and/or a case number (HH-2026-000123); one of both. The BSN goes in
   * the body, never in a URL (URLs end up in logs).
   */
  @POST
  @Path("search")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public List<HardshipListItem> search(@NotNull @Valid HardshipCommands.Search request) {
    return queries.search(request);
  }

  /** Recoveries whose collection is paused by an open request. */
  @GET
  @Path("collection-pauses")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public List<HardshipCollectionPause> pauses() {
    return queries.pauses();
  }

  /** Signals for policy counted by category, with their total (managers, policy makers). */
  @GET
  @Path("policy-signals")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public HardshipPolicySignals policySignals() {
    return queries.policySignals();
  }

  /** The case page; every read is audited (HARDSHIP_REQUEST_VIEWED). */
  @GET
  @Path("{id}")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public HardshipRequestDetails get(@PathParam("id") String id) {
    return queries.get(id);
  }

  /** A letter of the request by its id (PDF; audited LETTER_VIEWED). */
  @GET
  @Path("{id}/letters/{letterId}")
  @Produces("application/pdf")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public Response letter(@PathParam("id") String id, @PathParam("letterId") String letterId) {
    HardshipQueries.Download pdf = queries.letter(id, letterId);
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
        .build();
  }

  /** The triage (within one working day): the track, urgency found, why. */
  @POST
  @Path("{id}/triage")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public HardshipRequestDetails triage(
      @PathParam("id") String id, @NotNull @Valid HardshipCommands.Triage request) {
    return service.triage(id, request);
  }

  /** The same-day contact of the urgent track (STELLA). */
  @POST
  @Path("{id}/contact")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public HardshipRequestDetails contact(
      @PathParam("id") String id, @NotNull @Valid HardshipCommands.UrgentContact request) {
    return service.contact(id, request);
  }

  /** An emergency payment (noodbetaling) with its amount and approver. */
  @POST
  @Path("{id}/emergency-payments")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public HardshipRequestDetails emergencyPayment(
      @PathParam("id") String id, @NotNull @Valid HardshipCommands.EmergencyPayment request) {
    return service.emergencyPayment(id, request);
  }

  /** A referral to municipal debt help or the national escalation team. */
  @POST
  @Path("{id}/referrals")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public HardshipRequestDetails refer(
      @PathParam("id") String id, @NotNull @Valid HardshipCommands.Referral request) {
    return service.refer(id, request);
  }

  /** The assessment with structured reasoning. */
  @POST
  @Path("{id}/assessment")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public HardshipRequestDetails assess(
      @PathParam("id") String id, @NotNull @Valid HardshipCommands.Assess request) {
    return service.assess(id, request);
  }

  /** The professional line's review of a refusal or partial grant. */
  @POST
  @Path("{id}/review")
  @RolesAllowed(RoleNames.VAKTECHNIEK)
  public HardshipRequestDetails review(
      @PathParam("id") String id, @NotNull @Valid HardshipCommands.Review request) {
    return service.review(id, request);
  }
}
