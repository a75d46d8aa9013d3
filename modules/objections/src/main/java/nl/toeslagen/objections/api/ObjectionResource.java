package nl.toeslagen.objections.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.kernel.validation.PlausibleDate;
import nl.toeslagen.kernel.validation.PlausibleDateValidator;
import nl.toeslagen.objections.application.ObjectionService;
import nl.toeslagen.objections.domain.CitizenEffect;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.HearingSkipReason;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionIntake;
import nl.toeslagen.objections.domain.Requirement;

/**
 * Objection cases. Stage endpoints change the case and complete the matching task as the current
 * user (an unassigned task offered to the user's role is claimed first; a task assigned to someone
 * else → 403).
 */
@Path("objections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectionResource {

  @Inject ObjectionService service;
  @Context UriInfo uri;

  /** Letter metadata as listed on the case page. */
  public record LetterDto(
      String id, String kind, String fileName, long sizeBytes, Instant createdAt) {}

  public record Diagram(String xml, List<String> activeActivityIds) {}

  /**
   * The team manager's view of the legal terms: every open case by deadline. {@code open} = {@code
   * overdue} + {@code dueSoon} (ten working days or fewer left) + {@code onTrack}; {@code
   * inDefault} counts the open cases with a notice of default, whose running penalties add up to
   * {@code penaltyTotal}. {@code decidedThisYear} = {@code decidedInTimeThisYear} + {@code
   * decidedLateThisYear}; {@code inTimePercentage} is the KPI against the norm of 90% ({@code
   * normPercentage}); null while nothing was decided this year.
   */
  public record DeadlineOverview(
      LocalDate today,
      int open,
      int overdue,
      int dueSoon,
      int onTrack,
      int inDefault,
      long penaltyTotalCents,
      String penaltyTotal,
      long decidedThisYear,
      long decidedInTimeThisYear,
      long decidedLateThisYear,
      java.math.BigDecimal inTimePercentage,
      java.math.BigDecimal normPercentage,
      boolean meetsNorm,
      List<ObjectionDto> cases) {}

  /** Working days before the deadline from which a case counts as due soon (the reminder). */
  static final int DUE_SOON_WORKING_DAYS = 10;

  private ObjectionDto dto(Objection o) {
    return ObjectionDto.from(o, service.terms(), service.today(), service.activeSteps(o.id()));
  }

  @POST
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public Response receive(@NotNull @Valid ObjectionRequests.Intake r) {
    ObjectionRequests.ContestedDecisionInput c = r.contestedDecision();
    Objection o =
        service.receive(
            new ObjectionIntake.Raw(
                r.bsn(),
                r.benefitType(),
                c.reference(),
                c.type(),
                text(c.date()),
                text(r.receivedDate()),
                text(r.postmarkDate()),
                r.grounds(),
                r.channel()),
            Boolean.TRUE.equals(r.advisoryCommittee()));
    return Response.created(uri.getAbsolutePathBuilder().path(o.id()).build())
        .entity(dto(o))
        .build();
  }

  /**
   * Search by citizen and received date (the BSN in the query, as the issue asks; POST /search
   * keeps it out of URLs).
   */
  @GET
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public List<ObjectionDto> search(
      @QueryParam("bsn") String bsn,
      @QueryParam("receivedFrom") @PlausibleDate(DateRange.PLANNED) String receivedFrom,
      @QueryParam("receivedTo") @PlausibleDate(DateRange.PLANNED) String receivedTo) {
    return doSearch(new ObjectionRequests.Search(bsn, date(receivedFrom), date(receivedTo)));
  }

  @POST
  @Path("search")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public List<ObjectionDto> searchByBody(@NotNull @Valid ObjectionRequests.Search search) {
    return doSearch(search);
  }

  private List<ObjectionDto> doSearch(ObjectionRequests.Search s) {
    String bsn =
        s.bsn() == null || s.bsn().isBlank()
            ? null
            : nl.toeslagen.kernel.Bsn.of(s.bsn().strip()).value();
    return service.search(bsn, s.receivedFrom(), s.receivedTo()).stream().map(this::dto).toList();
  }

  /** Open cases past their deadline, most overdue first (team manager overview). */
  @GET
  @Path("overdue")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.INSPECTIE})
  public List<ObjectionDto> overdue() {
    return service.overdue().stream().map(this::dto).toList();
  }

  /** Every open case by deadline, with the overdue ones and those in default (team manager). */
  @GET
  @Path("deadlines")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.INSPECTIE})
  public DeadlineOverview deadlines() {
    LocalDate today = service.today();
    List<ObjectionDto> cases =
        service.open().stream()
            .map(o -> ObjectionDto.from(o, service.terms(), today, List.of()))
            .toList();
    int overdue = (int) cases.stream().filter(ObjectionDto::overdue).count();
    int dueSoon =
        (int)
            cases.stream()
                .filter(c -> !c.overdue() && c.workingDaysLeft() <= DUE_SOON_WORKING_DAYS)
                .count();
    List<ObjectionDto> inDefault =
        cases.stream().filter(c -> c.noticeOfDefaultOn() != null).toList();
    long penalty = inDefault.stream().mapToLong(c -> c.penalty().amountCents()).sum();
    nl.toeslagen.objections.domain.TermPerformance kpi = service.termPerformanceThisYear();
    return new DeadlineOverview(
        today,
        cases.size(),
        overdue,
        dueSoon,
        cases.size() - overdue - dueSoon,
        inDefault.size(),
        penalty,
        Money.ofCents(penalty).formatted(),
        kpi.decided(),
        kpi.decidedInTime(),
        kpi.decidedLate(),
        kpi.percentage(),
        nl.toeslagen.objections.domain.TermPerformance.NORM_PERCENTAGE,
        kpi.meetsNorm(),
        cases);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public ObjectionDto get(@PathParam("id") String id) {
    return dto(service.get(id));
  }

  @GET
  @Path("{id}/diagram")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public Diagram diagram(@PathParam("id") String id) {
    return new Diagram(service.diagram(id).orElse(null), service.activeSteps(id));
  }

  @GET
  @Path("{id}/letters")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public List<LetterDto> letters(@PathParam("id") String id) {
    return service.letters(id).stream()
        .map(d -> new LetterDto(d.id(), d.kind(), d.fileName(), d.sizeBytes(), d.createdAt()))
        .toList();
  }

  @GET
  @Path("{id}/letters/{docId}")
  @Produces("application/pdf")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public Response letter(@PathParam("id") String id, @PathParam("docId") String docId) {
    byte[] pdf = service.letterContent(id, docId);
    String name =
        service.letters(id).stream()
            .filter(d -> d.id().equals(docId))
            .map(d -> d.fileName())
            .findFirst()
            .orElse("brief.pdf");
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  // ---- stages
  // ---------------------------------------------------------------------------------------------------

  @POST
  @Path("{id}/admissibility")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto admissibility(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Admissibility r) {
    if (r.excuseReason() != null && !r.excuseReason().isBlank()) {
      service.excuseLateness(id, r.excuseReason());
    }
    service.assessAdmissibility(id, requirements("missing", r.missing()), r.repairDueDate());
    return dto(service.get(id));
  }

  @POST
  @Path("{id}/repair")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto repair(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Repair r) {
    return dto(
        service.endRepair(
            id,
            r.repairedOn(),
            r.stillMissing() == null ? null : requirements("stillMissing", r.stillMissing())));
  }

  @POST
  @Path("{id}/contact")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto contact(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Contact r) {
    LocalDate on = r.contactedOn() == null ? service.today() : r.contactedOn();
    return dto(
        service.recordContact(
            id,
            new ContactOutcome(
                on,
                Boolean.TRUE.equals(r.reached()),
                r.agreement(),
                Boolean.TRUE.equals(r.withdrawn()),
                Boolean.TRUE.equals(r.resolved()))));
  }

  @POST
  @Path("{id}/hearing")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto hearing(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.HearingPlan r) {
    LocalDateTime at = r.scheduledAt();
    if (at.toLocalDate().isBefore(service.today())) {
      throw new ValidationException(
          "scheduledAt",
          "De hoorzitting kan niet in het verleden liggen.",
          "The hearing cannot be in the past.");
    }
    return dto(
        service.scheduleHearing(
            id,
            Hearing.scheduled(
                at, Fields.enumValue("mode", HearingMode.class, r.mode()), r.place())));
  }

  @POST
  @Path("{id}/hearing/waiver")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto waiver(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.HearingWaiver r) {
    return dto(
        service.skipHearing(
            id,
            Hearing.skipped(
                Fields.enumValue("reason", HearingSkipReason.class, r.reason()), r.explanation())));
  }

  @POST
  @Path("{id}/hearing/report")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto hearingReport(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.HearingReport in) {
    return dto(service.recordHearingReport(id, in.report()));
  }

  @POST
  @Path("{id}/decision")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto draft(@PathParam("id") String id, @NotNull @Valid ObjectionRequests.Draft r) {
    List<GroundAnswer> answers =
        r.answers() == null
            ? List.of()
            : r.answers().stream()
                .map(
                    a -> new GroundAnswer(a.ground(), Boolean.TRUE.equals(a.upheld()), a.reasons()))
                .toList();
    List<LegalReference> refs =
        r.legalReferences() == null
            ? List.of()
            : r.legalReferences().stream().map(LegalReference::parse).toList();
    List<Ecli> caseLaw =
        r.caseLaw() == null ? List.of() : r.caseLaw().stream().map(Ecli::parse).toList();
    CitizenEffect effect = null;
    if (r.effect() != null) {
      ObjectionRequests.Effect e = r.effect();
      effect =
          new CitizenEffect(
              e.newAmount() == null || e.newAmount().isBlank()
                  ? null
                  : Money.ofEuros(e.newAmount()),
              Boolean.TRUE.equals(e.recoveryDropped()),
              e.amountAtStake() == null || e.amountAtStake().isBlank()
                  ? null
                  : Money.ofEuros(e.amountAtStake()),
              e.description());
    }
    return dto(
        service.draftDecision(
            id,
            Fields.enumValue("outcome", DecisionOutcome.class, r.outcome()),
            r.reasons(),
            answers,
            refs,
            caseLaw,
            effect));
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed(RoleNames.VAKTECHNIEK)
  public ObjectionDto review(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Review r) {
    return dto(service.review(id, r.approved(), r.remarks()));
  }

  @POST
  @Path("{id}/extension")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto extension(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Extension in) {
    return dto(service.extend(id, in.reasons()));
  }

  @POST
  @Path("{id}/postponement")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto postponement(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Postponement r) {
    return dto(service.postponeWithConsent(id, r.newDeadline(), r.consent()));
  }

  @POST
  @Path("{id}/notice-of-default")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto noticeOfDefault(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.NoticeOfDefault in) {
    return dto(service.registerNoticeOfDefault(id, in.receivedOn()));
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionDto withdrawal(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Withdrawal in) {
    return dto(service.withdraw(id, in.reason()));
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------------------

  static Set<Requirement> requirements(String field, List<String> names) {
    Set<Requirement> set = EnumSet.noneOf(Requirement.class);
    if (names != null) {
      names.stream()
          .filter(n -> n != null && !n.isBlank())
          .forEach(n -> set.add(Fields.enumValue(field, Requirement.class, n)));
    }
    return set;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** A query parameter already checked by {@link PlausibleDate}. */
  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : PlausibleDateValidator.parse(text);
  }
}
