package nl.toeslagen.riskselection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.StartRun;
import nl.toeslagen.riskselection.application.RiskSelectionQueries;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RunDetails;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RunRow;
import nl.toeslagen.riskselection.application.RiskSelectionViews.SelectionExplanation;
import nl.toeslagen.riskselection.application.StartSelectionRunHandler;

/**
 * Selection runs: an active rule set over a batch (JSON cases or a CSV file's text), idempotent per
 * batch id; every selected and every sampled case opens a signal for a person; the bias report of
 * each run; and, per signal, why its case was selected.
 */
@Path("selection-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionRunResource {

  @Inject StartSelectionRunHandler runs;
  @Inject RiskSelectionQueries queries;

  /** Runs the batch; a batch id that already ran answers that run (nothing new is made). */
  @POST
  @RolesAllowed(RoleNames.TOEZICHT)
  public RunDetails start(@NotNull @Valid StartRun request) {
    return runs.handle(request);
  }

  @GET
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.PRIVACY, RoleNames.INSPECTIE})
  public List<RunRow> list() {
    return queries.runs();
  }

  /** A run with its bias report and every case that went to a person; the read is audited. */
  @GET
  @Path("{id}")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.PRIVACY, RoleNames.INSPECTIE})
  public RunDetails get(@PathParam("id") String id) {
    return queries.viewRun(CaseId.ofPath(id, "SELECTION_RUN").value());
  }

  /** Why the case of a signal was selected (the fraud review's case page shows it). */
  @GET
  @Path("explanations/{signalId}")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public SelectionExplanation explanation(@PathParam("signalId") String signalId) {
    return queries.explanation(CaseId.ofPath(signalId, "SIGNAL").value());
  }
}
