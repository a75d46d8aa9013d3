package nl.toeslagen.riskselection.rest;

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
import jakarta.ws.rs.core.MediaType;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.riskselection.application.DecideClassificationHandler;
import nl.toeslagen.riskselection.application.ProposeClassificationHandler;
import nl.toeslagen.riskselection.application.RiskSelectionCommands;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.ProposeClassification;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.Review;
import nl.toeslagen.riskselection.application.RiskSelectionQueries;
import nl.toeslagen.riskselection.application.RiskSelectionViews.ClassificationChangeView;
import nl.toeslagen.riskselection.application.RiskSelectionViews.SelectionFeatureCatalogue;

/**
 * The feature catalogue: every attribute a selection rule may refer to, with its classification; a
 * classification changes only when a second privacy adviser approves the proposal.
 */
@Path("selection-features")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionFeatureResource {

  @Inject RiskSelectionQueries queries;
  @Inject ProposeClassificationHandler proposals;
  @Inject DecideClassificationHandler decisions;

  @GET
  @RolesAllowed({RoleNames.PRIVACY, RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public SelectionFeatureCatalogue catalogue() {
    return queries.catalogue();
  }

  /** A privacy adviser proposes another classification for the feature. */
  @POST
  @Path("{code}/classification-changes")
  @RolesAllowed(RoleNames.PRIVACY)
  public ClassificationChangeView propose(
      @PathParam("code")
          @Pattern(regexp = RiskSelectionCommands.FEATURE_CODE, message = "{toeslagen.featureCode}")
          String code,
      @NotNull @Valid ProposeClassification request) {
    return proposals.handle(code, request);
  }

  /** A second privacy adviser approves or rejects the proposal. */
  @POST
  @Path("classification-changes/{id}/decision")
  @RolesAllowed(RoleNames.PRIVACY)
  public ClassificationChangeView decide(
      @PathParam("id") String id, @NotNull @Valid Review request) {
    return decisions.handle(id, request);
  }
}
