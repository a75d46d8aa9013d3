package nl.toeslagen.objections.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.validation.PlausibleDate;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.ObjectionTerms;

/** The objection terms as a pure calculation. */
@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

  @Inject LegalCalendar calendar;

  /** The terms for a decision with this dagtekening, for an objection received in time. */
  public record ObjectionTermsDto(
      LocalDate objectionTermEnd, LocalDate decisionDeadline, LocalDate extendedDecisionDeadline) {}

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
  public ObjectionTermsDto objection(
      @QueryParam("decisionDate") @NotNull @PlausibleDate(DateRange.TERMS_CALCULATION)
          String decisionDate,
      @QueryParam("advisoryCommittee") boolean advisoryCommittee) {
    return compute(new ObjectionTerms(calendar), decisionDate, advisoryCommittee);
  }

  static ObjectionTermsDto compute(
      ObjectionTerms terms, String decisionDate, boolean advisoryCommittee) {
    LocalDate dagtekening = Fields.date("decisionDate", decisionDate);
    return new ObjectionTermsDto(
        terms.objectionTermEnd(dagtekening),
        terms.decisionDeadline(dagtekening, advisoryCommittee),
        terms.extendedDecisionDeadline(dagtekening, advisoryCommittee));
  }
}
