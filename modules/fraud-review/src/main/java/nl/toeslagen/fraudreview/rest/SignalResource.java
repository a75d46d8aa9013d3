package nl.toeslagen.fraudreview.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.fraudreview.application.RecordZienswijzeHandler;
import nl.toeslagen.fraudreview.application.RegisterSignalHandler;
import nl.toeslagen.fraudreview.application.RequestZienswijzeHandler;
import nl.toeslagen.fraudreview.application.ReviewDeterminationHandler;
import nl.toeslagen.fraudreview.application.SignalCommands.DeterminationReview;
import nl.toeslagen.fraudreview.application.SignalCommands.RecordZienswijze;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.application.SignalCommands.RequestZienswijze;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.application.SignalCommands.WithdrawDetermination;
import nl.toeslagen.fraudreview.application.SignalQueries;
import nl.toeslagen.fraudreview.application.SignalRetention;
import nl.toeslagen.fraudreview.application.SignalViews.Created;
import nl.toeslagen.fraudreview.application.SignalViews.DeterminationView;
import nl.toeslagen.fraudreview.application.SignalViews.Diagram;
import nl.toeslagen.fraudreview.application.SignalViews.RetentionRun;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.application.SignalViews.StuckSignal;
import nl.toeslagen.fraudreview.application.SignalViews.WorkItem;
import nl.toeslagen.fraudreview.application.StuckSignals;
import nl.toeslagen.fraudreview.application.SubmitDeterminationHandler;
import nl.toeslagen.fraudreview.application.WithdrawDeterminationHandler;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.validation.PlausibleDate;
import nl.toeslagen.kernel.validation.PlausibleDateValidator;

/** Signals and their four-eyes review (intensief toezicht). */
@Path("signals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignalResource {

  @Inject RegisterSignalHandler registration;
  @Inject SubmitDeterminationHandler submission;
  @Inject ReviewDeterminationHandler reviews;
  @Inject WithdrawDeterminationHandler withdrawals;
  @Inject RecordZienswijzeHandler zienswijzen;
  @Inject RequestZienswijzeHandler zienswijzeRequests;
  @Inject SignalQueries queries;
  @Inject StuckSignals stuckSignals;
  @Inject SignalRetention retention;
  @Context UriInfo uri;

  /**
   * The search of the work list page: a BSN (open signals of that citizen, audited) and/or a case
   * number ({@code TZ-2026-000123}); one of both. The BSN goes in the body, never in a URL (URLs
   * end up in logs).
   */
  public record BsnSearch(
      @Size(max = 20) String bsn,
      @Pattern(regexp = CaseNumber.REQUEST_PATTERN, message = "{toeslagen.caseNumber}")
          String caseNumber) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public BsnSearch(String bsn, String caseNumber) {
      this.bsn = bsn;
      this.caseNumber = caseNumber;
    }
  }

  @POST
  @RolesAllowed(RoleNames.TOEZICHT)
  public Response register(@NotNull @Valid RegisterSignal request) {
    Created created = registration.handle(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  /**
   * Open signals, oldest first; optionally one {@code phase}, only those {@code waitingForApproval}
   * or only those {@code waitingForMe} (to review, or returned to me).
   */
  @GET
  @Path("work-list")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public List<WorkItem> workList(
      @QueryParam("phase") String phase,
      @QueryParam("waitingForApproval") boolean waitingForApproval,
      @QueryParam("waitingForMe") boolean waitingForMe) {
    return queries.workList(phase, waitingForApproval, waitingForMe);
  }

  /**
   * Administrators run the retention purge now, as the nightly job does: closed signals past their
   * retention date are deleted with their letters. {@code today} (YYYY-MM-DD, not before today)
   * sets a later reference date; the run and its reference date are audited.
   */
  @POST
  @Path("retention-run")
  @RolesAllowed(RoleNames.BEHEER)
  public RetentionRun retentionRun(
      @QueryParam("today") @PlausibleDate(DateRange.RETENTION) String today) {
    LocalDate date = today == null || today.isBlank() ? null : PlausibleDateValidator.parse(today);
    return retention.run(date);
  }

  /**
   * Stuck signals for the team manager: a pending determination that nobody may approve under the
   * four-eyes rules, or one pending longer than the allowed working days.
   */
  @GET
  @Path("stuck")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.INSPECTIE})
  public List<StuckSignal> stuck() {
    return stuckSignals.list();
  }

  @POST
  @Path("search")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public List<WorkItem> search(@NotNull @Valid BsnSearch request) {
    return queries.search(request.bsn(), request.caseNumber());
  }

  /**
   * The case view; also for the inspectorate (read-only): the signal, its determinations with
   * authors, approvers and both reasons, and its letters. Every read is audited (SIGNAL_VIEWED).
   */
  @GET
  @Path("{id}")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public SignalDetails get(@PathParam("id") String id) {
    return queries.get(id);
  }

  @GET
  @Path("{id}/diagram")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public Diagram diagram(@PathParam("id") String id) {
    return queries.diagram(id);
  }

  /** The plain-language outcome letter (PDF), once the signal was closed with an outcome. */
  @GET
  @Path("{id}/letter")
  @Produces("application/pdf")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public Response letter(@PathParam("id") String id) {
    return Response.ok(queries.letter(id), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"uitkomst-onderzoek.pdf\"")
        .build();
  }

  /**
   * A letter of the signal by its id (listed in the case view's {@code letters}): the request for
   * the citizen's view or the outcome letter (PDF; audited LETTER_VIEWED).
   */
  @GET
  @Path("{id}/letters/{letterId}")
  @Produces("application/pdf")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public Response letterById(@PathParam("id") String id, @PathParam("letterId") String letterId) {
    SignalQueries.Download pdf = queries.letter(id, letterId);
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
        .build();
  }

  @POST
  @Path("{id}/determinations")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public Response submit(@PathParam("id") String id, @NotNull @Valid SubmitDetermination request) {
    DeterminationView d = submission.handle(id, request);
    return Response.created(uri.getAbsolutePathBuilder().path(d.id()).build()).entity(d).build();
  }

  @POST
  @Path("{id}/determinations/{determinationId}/approval")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public SignalDetails review(
      @PathParam("id") String id,
      @PathParam("determinationId") String determinationId,
      @NotNull @Valid DeterminationReview request) {
    return reviews.handle(id, determinationId, request);
  }

  /**
   * The author withdraws a determination that still waits for approval; {@code reason} required.
   */
  @POST
  @Path("{id}/determinations/{determinationId}/withdrawal")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public SignalDetails withdraw(
      @PathParam("id") String id,
      @PathParam("determinationId") String determinationId,
      @NotNull @Valid WithdrawDetermination request) {
    return withdrawals.handle(id, determinationId, request);
  }

  /**
   * Asks the citizen for their view: a letter with the facts, the intended fine and the last day to
   * respond ({@code ZienswijzeTermPolicy}); only after approved intent or gross negligence, once.
   */
  @POST
  @Path("{id}/zienswijze-request")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public SignalDetails requestZienswijze(
      @PathParam("id") String id, @NotNull @Valid RequestZienswijze request) {
    return zienswijzeRequests.handle(id, request);
  }

  @POST
  @Path("{id}/zienswijze")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public SignalDetails zienswijze(
      @PathParam("id") String id, @NotNull @Valid RecordZienswijze request) {
    return zienswijzen.handle(id, request);
  }
}
