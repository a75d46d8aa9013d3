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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.riskselection.application.AlgorithmRegisterExport;
import nl.toeslagen.riskselection.application.ImpactAssessmentHandler;
import nl.toeslagen.riskselection.application.PrivacyReviewHandler;
import nl.toeslagen.riskselection.application.ProfessionalApprovalHandler;
import nl.toeslagen.riskselection.application.RegisterRuleSetHandler;
import nl.toeslagen.riskselection.application.RetireRuleSetHandler;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.BiasTestRequest;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.ImpactAssessmentInput;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.Reason;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.RegisterRuleSet;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.Review;
import nl.toeslagen.riskselection.application.RiskSelectionQueries;
import nl.toeslagen.riskselection.application.RiskSelectionViews.AlgorithmRegister;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetDetails;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetRegistered;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetRow;
import nl.toeslagen.riskselection.application.RunBiasTestHandler;
import nl.toeslagen.riskselection.application.SubmitRuleSetHandler;
import nl.toeslagen.riskselection.application.SuspendRuleSetHandler;
import nl.toeslagen.riskselection.application.SuspensionReviewHandler;

/**
 * The register of selection rules: registration, the approval lifecycle, bias tests, the DMN table
 * of every version, and the publication in the fields of the Algoritmeregister.
 */
@Path("selection-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionRuleResource {

  @Inject RegisterRuleSetHandler registration;
  @Inject SubmitRuleSetHandler submission;
  @Inject PrivacyReviewHandler privacyReviews;
  @Inject ImpactAssessmentHandler impactAssessments;
  @Inject ProfessionalApprovalHandler professionalApprovals;
  @Inject SuspensionReviewHandler suspensionReviews;
  @Inject SuspendRuleSetHandler suspensions;
  @Inject RetireRuleSetHandler retirements;
  @Inject RunBiasTestHandler biasTests;
  @Inject RiskSelectionQueries queries;
  @Inject AlgorithmRegisterExport register;
  @Context UriInfo uri;

  /** Registers a rule set (or, with {@code predecessorId}, its next version) as a draft. */
  @POST
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public Response register(@NotNull @Valid RegisterRuleSet request) {
    RuleSetRegistered created = registration.handle(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  /** Every version in the register, newest first. */
  @GET
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.PRIVACY, RoleNames.INSPECTIE})
  public List<RuleSetRow> list() {
    return queries.ruleSets();
  }

  /** The active rule sets in the publication fields of the Algoritmeregister. */
  @GET
  @Path("algorithm-register")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.PRIVACY, RoleNames.INSPECTIE})
  public AlgorithmRegister algorithmRegister() {
    return register.register();
  }

  /** The same publication as a PDF/A document. */
  @GET
  @Path("algorithm-register.pdf")
  @Produces("application/pdf")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.PRIVACY, RoleNames.INSPECTIE})
  public Response algorithmRegisterPdf() {
    return Response.ok(register.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"algoritmeregister-selectie.pdf\"")
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.PRIVACY, RoleNames.INSPECTIE})
  public RuleSetDetails get(@PathParam("id") String id) {
    return queries.details(id);
  }

  /** The version's DMN decision table (hit policy COLLECT, aggregation SUM), for dmn-js. */
  @GET
  @Path("{id}/dmn")
  @Produces(MediaType.APPLICATION_XML)
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK, RoleNames.PRIVACY, RoleNames.INSPECTIE})
  public Response dmn(@PathParam("id") String id) {
    return Response.ok(queries.dmn(id), MediaType.APPLICATION_XML)
        .header("Content-Disposition", "inline; filename=\"selectieregels-" + id + ".dmn\"")
        .build();
  }

  /** The author submits the draft: the privacy review opens. */
  @POST
  @Path("{id}/submission")
  @RolesAllowed({RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public RuleSetDetails submit(@PathParam("id") String id) {
    return submission.handle(id);
  }

  @POST
  @Path("{id}/privacy-review")
  @RolesAllowed(RoleNames.PRIVACY)
  public RuleSetDetails privacyReview(@PathParam("id") String id, @NotNull @Valid Review request) {
    return privacyReviews.handle(id, request);
  }

  @POST
  @Path("{id}/impact-assessment")
  @RolesAllowed(RoleNames.PRIVACY)
  public RuleSetDetails impactAssessment(
      @PathParam("id") String id, @NotNull @Valid ImpactAssessmentInput request) {
    return impactAssessments.handle(id, request);
  }

  @POST
  @Path("{id}/professional-approval")
  @RolesAllowed(RoleNames.VAKTECHNIEK)
  public RuleSetDetails professionalApproval(
      @PathParam("id") String id, @NotNull @Valid Review request) {
    return professionalApprovals.handle(id, request);
  }

  /** A bias test on synthetic households, before activation. */
  @POST
  @Path("{id}/bias-test")
  @RolesAllowed({RoleNames.PRIVACY, RoleNames.TOEZICHT, RoleNames.VAKTECHNIEK})
  public RuleSetDetails biasTest(
      @PathParam("id") String id, @NotNull @Valid BiasTestRequest request) {
    return biasTests.handle(id, request);
  }

  @POST
  @Path("{id}/suspension")
  @RolesAllowed({RoleNames.PRIVACY, RoleNames.VAKTECHNIEK})
  public RuleSetDetails suspend(@PathParam("id") String id, @NotNull @Valid Reason request) {
    return suspensions.handle(id, request.reason());
  }

  @POST
  @Path("{id}/suspension-review")
  @RolesAllowed(RoleNames.PRIVACY)
  public RuleSetDetails suspensionReview(
      @PathParam("id") String id, @NotNull @Valid Review request) {
    return suspensionReviews.handle(id, request);
  }

  @POST
  @Path("{id}/retirement")
  @RolesAllowed({RoleNames.PRIVACY, RoleNames.VAKTECHNIEK})
  public RuleSetDetails retire(@PathParam("id") String id, @NotNull @Valid Reason request) {
    return retirements.handle(id, request.reason());
  }
}
