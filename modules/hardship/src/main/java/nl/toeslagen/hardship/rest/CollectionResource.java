package nl.toeslagen.hardship.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.toeslagen.hardship.application.CollectionAssessmentService;
import nl.toeslagen.hardship.application.CollectionCommands.AssessCollection;
import nl.toeslagen.hardship.application.CollectionViews.CollectionAssessmentView;
import nl.toeslagen.kernel.RoleNames;

/**
 * The collection rules: how one recovery is collected (the efficiency threshold, the UHT pause, the
 * standard 24-term arrangement, a personal plan or a stop), with every rule's reason. Nothing is
 * stored; the assessment is audited. See docs/collection-rules.md.
 */
@Path("collection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CollectionResource {

  @Inject CollectionAssessmentService assessments;

  /** Assesses one recovery (200 with the assessment; 400 naming the field for bad input). */
  @POST
  @Path("assessment")
  @RolesAllowed({RoleNames.BEHANDELAAR, RoleNames.VAKTECHNIEK, RoleNames.TEAMLEIDER})
  public CollectionAssessmentView assess(@NotNull @Valid AssessCollection request) {
    return assessments.assess(request);
  }
}
