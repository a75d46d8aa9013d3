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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.toeslagen.caselaw.application.SignalCommands;
import nl.toeslagen.caselaw.application.SignalQueries;
import nl.toeslagen.caselaw.application.SignalService;
import nl.toeslagen.caselaw.application.SignalViews.SignalCategoryInfo;
import nl.toeslagen.caselaw.application.SignalViews.SignalEntry;
import nl.toeslagen.caselaw.application.SignalViews.SignalEntryPage;
import nl.toeslagen.caselaw.application.SignalViews.SignalTrends;
import nl.toeslagen.kernel.Paging;
import nl.toeslagen.kernel.RoleNames;

/**
 * The central signal register: signals registered by hand (complaints, phone topics, citizen
 * letters) beside those the system records (objections, hardship policy signals, lost rulings),
 * their trends per category and period, and the categories with their thresholds. Under {@code
 * signal-management/signals}: {@code /api/signals} is the fraud-review signal.
 */
@Path("signal-management/signals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignalManagementResource {

  /** An empty value or an ISO date. */
  static final String DATE_PATTERN = "(\\d{4}-\\d{2}-\\d{2})?";

  static final String CODE_PATTERN = "([A-Za-z_]{1,40})?";

  /** An empty value or a case id (a UUID; a ruling's id too). */
  static final String CASE_ID_PATTERN = "([0-9A-Fa-f-]{36})?";

  static final int DEFAULT_SIZE = 25;

  @Inject SignalService service;
  @Inject SignalQueries queries;

  /**
   * A signal registered by hand: 201 with the signal, and the escalation it opened or joined when
   * it brought its category to the threshold.
   */
  @POST
  @RolesAllowed({RoleNames.BEHANDELAAR, RoleNames.VAKTECHNIEK, RoleNames.TEAMLEIDER})
  public Response register(@NotNull @Valid SignalCommands.SignalRegistration request) {
    // registered and committed first; its threshold evaluation ran right after that commit
    SignalEntry created = queries.registered(service.register(request).id());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** Signals, newest first, filtered by source, category, dates and case; paged. */
  @GET
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public SignalEntryPage list(
      @QueryParam("source") @Pattern(regexp = CODE_PATTERN, message = "{toeslagen.code}")
          String source,
      @QueryParam("category") @Pattern(regexp = CODE_PATTERN, message = "{toeslagen.code}")
          String category,
      @QueryParam("from") @Pattern(regexp = DATE_PATTERN, message = "{toeslagen.date}") String from,
      @QueryParam("to") @Pattern(regexp = DATE_PATTERN, message = "{toeslagen.date}") String to,
      @QueryParam("caseId") @Pattern(regexp = CASE_ID_PATTERN, message = "{toeslagen.code}")
          String caseId,
      @QueryParam("page") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String page,
      @QueryParam("size") @Pattern(regexp = Paging.SIZE_PATTERN, message = "{toeslagen.pageSize}")
          String size) {
    return queries.list(
        source, category, from, to, caseId, Paging.page(page), Paging.size(size, DEFAULT_SIZE));
  }

  /** Signals per category and period ({@code MONTH} or {@code QUARTER}), totals that add up. */
  @GET
  @Path("trends")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.VAKTECHNIEK, RoleNames.INSPECTIE})
  public SignalTrends trends(
      @QueryParam("period") @Pattern(regexp = "(MONTH|QUARTER)?", message = "{toeslagen.code}")
          String period,
      @QueryParam("from") @Pattern(regexp = DATE_PATTERN, message = "{toeslagen.date}") String from,
      @QueryParam("to") @Pattern(regexp = DATE_PATTERN, message = "{toeslagen.date}") String to) {
    return queries.trends(period, from, to);
  }

  /** The categories (data) with their thresholds, what each counts now and its open escalation. */
  @GET
  @Path("categories")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.TEAMLEIDER,
    RoleNames.VAKTECHNIEK,
    RoleNames.INSPECTIE
  })
  public List<SignalCategoryInfo> categories() {
    return queries.categories();
  }
}
