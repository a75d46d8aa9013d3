package nl.toeslagen.fraudreview.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.toeslagen.fraudreview.application.SignalCommands.RecordZienswijze;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.application.SignalCommands.Review;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.application.SignalService;
import nl.toeslagen.fraudreview.application.SignalViews.Created;
import nl.toeslagen.fraudreview.application.SignalViews.DeterminationView;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.application.SignalViews.WorkItem;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.workflow.api.ProcessPort;

/** Signals and their four-eyes review (intensief toezicht). */
@Path("signals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignalResource {

  @Inject SignalService service;
  @Inject ActorProvider actors;
  @Inject ProcessPort processes;
  @Context UriInfo uri;

  /** The BSN goes in the body, never in a URL (URLs end up in logs). */
  public record BsnSearch(String bsn) {}

  public record Diagram(String xml, List<String> activeActivityIds) {}

  @POST
  @RolesAllowed(RoleNames.TOEZICHT)
  public Response register(RegisterSignal request) {
    Created created = service.register(require(request), actors.current());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("work-list")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public List<WorkItem> workList() {
    return service.workList(actors.current());
  }

  @POST
  @Path("search")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public List<WorkItem> search(BsnSearch request) {
    return service.searchByBsn(require(request).bsn(), actors.current());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public SignalDetails get(@PathParam("id") String id) {
    return service.get(id, actors.current());
  }

  @GET
  @Path("{id}/diagram")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public Diagram diagram(@PathParam("id") String id) {
    return new Diagram(processes.diagramXml(id).orElse(null), processes.activeActivityIds(id));
  }

  @POST
  @Path("{id}/determinations")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public Response submit(@PathParam("id") String id, SubmitDetermination request) {
    DeterminationView d = service.submit(id, require(request), actors.current());
    return Response.created(uri.getAbsolutePathBuilder().path(d.id()).build()).entity(d).build();
  }

  @POST
  @Path("{id}/determinations/{determinationId}/approval")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public SignalDetails review(
      @PathParam("id") String id,
      @PathParam("determinationId") String determinationId,
      Review request) {
    return service.review(id, determinationId, require(request), actors.current());
  }

  @POST
  @Path("{id}/zienswijze")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public SignalDetails zienswijze(@PathParam("id") String id, RecordZienswijze request) {
    return service.recordZienswijze(id, require(request), actors.current());
  }

  private static <T> T require(T body) {
    if (body == null) {
      throw new ValidationException("body", "Het verzoek is leeg.", "The request is empty.");
    }
    return body;
  }
}
