package nl.toeslagen.objections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.validation.PlausibleDate;
import nl.toeslagen.objections.application.TermsQuery;

/** The objection terms as a pure calculation. */
@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

  @Inject TermsQuery terms;

  @GET
  @Path("objection")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.PRIVACY,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE,
    RoleNames.BEHEER
  })
  public TermsQuery.ObjectionTermsView objection(
      @QueryParam("decisionDate") @NotNull @PlausibleDate(DateRange.TERMS_CALCULATION)
          String decisionDate,
      @QueryParam("advisoryCommittee") boolean advisoryCommittee) {
    return terms.objection(decisionDate, advisoryCommittee);
  }
}
