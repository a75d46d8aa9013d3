package nl.toeslagen.objections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.Optional;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.Idempotency;
import nl.toeslagen.kernel.IdempotentRequests;
import nl.toeslagen.kernel.Paging;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.validation.PlausibleDate;
import nl.toeslagen.kernel.validation.PlausibleDateValidator;
import nl.toeslagen.objections.application.AddGroundHandler;
import nl.toeslagen.objections.application.AssessAdmissibilityHandler;
import nl.toeslagen.objections.application.DeadlineOverview;
import nl.toeslagen.objections.application.DecidePenaltyHandler;
import nl.toeslagen.objections.application.DraftDecisionHandler;
import nl.toeslagen.objections.application.EndRepairHandler;
import nl.toeslagen.objections.application.ExtendTermHandler;
import nl.toeslagen.objections.application.LetterView;
import nl.toeslagen.objections.application.ObjectionCases;
import nl.toeslagen.objections.application.ObjectionCommands;
import nl.toeslagen.objections.application.ObjectionQueries;
import nl.toeslagen.objections.application.ObjectionView;
import nl.toeslagen.objections.application.OverduePage;
import nl.toeslagen.objections.application.PostponeTermHandler;
import nl.toeslagen.objections.application.ReceiveObjectionHandler;
import nl.toeslagen.objections.application.RecordContactHandler;
import nl.toeslagen.objections.application.RecordHearingReportHandler;
import nl.toeslagen.objections.application.RegisterNoticeOfDefaultHandler;
import nl.toeslagen.objections.application.ReviewDecisionHandler;
import nl.toeslagen.objections.application.ScheduleHearingHandler;
import nl.toeslagen.objections.application.SkipHearingHandler;
import nl.toeslagen.objections.application.WithdrawObjectionHandler;

/**
 * Objection cases. Each stage endpoint maps its validated request body to one command and hands it
 * to its handler, which changes the case and completes the matching task as the current user (an
 * unassigned task offered to the user's role is claimed first; a task assigned to someone else →
 * 403). A malformed id in the path is answered like an unknown one (404).
 */
@Path("objections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectionResource {

  @Inject ObjectionQueries queries;
  @Inject ReceiveObjectionHandler receive;
  @Inject IdempotentRequests idempotentRequests;
  @Inject AssessAdmissibilityHandler admissibility;
  @Inject EndRepairHandler endRepair;
  @Inject RecordContactHandler contact;
  @Inject ScheduleHearingHandler scheduleHearing;
  @Inject SkipHearingHandler skipHearing;
  @Inject RecordHearingReportHandler hearingReport;
  @Inject DraftDecisionHandler draft;
  @Inject ReviewDecisionHandler review;
  @Inject ExtendTermHandler extend;
  @Inject PostponeTermHandler postpone;
  @Inject RegisterNoticeOfDefaultHandler noticeOfDefault;
  @Inject WithdrawObjectionHandler withdraw;
  @Inject DecidePenaltyHandler decidePenalty;
  @Inject AddGroundHandler addGround;
  @Context UriInfo uri;

  private static CaseId id(String text) {
    return CaseId.ofPath(text, ObjectionCases.OBJECT_TYPE);
  }

  /**
   * Registers an objection. With an {@code Idempotency-Key} header a retry of the same request
   * (after a lost answer or a crash) answers 201 with the case the first one created, marked {@code
   * Idempotent-Replayed: true}, and creates nothing; the same key with another request is refused
   * (409).
   */
  @POST
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public Response receive(
      @HeaderParam(Idempotency.HEADER)
          @Pattern(regexp = Idempotency.KEY, message = "{toeslagen.idempotencyKey}")
          String idempotencyKey,
      @NotNull @Valid ObjectionRequests.Intake r) {
    Idempotency idempotency = Idempotency.of("ObjectionResource_receive", idempotencyKey, r);
    if (idempotency != null) {
      Optional<String> first = idempotentRequests.firstResult(idempotency);
      if (first.isPresent()) {
        return replay(first.get());
      }
    }
    ObjectionRequests.ContestedDecisionInput c = r.contestedDecision();
    ObjectionView o;
    try {
      o = receive(idempotency, r, c);
    } catch (IdempotentRequests.DuplicateRequestException e) {
      // the same request, at the same time: answer what the first one created
      return replay(
          idempotentRequests
              .firstResult(idempotency)
              .orElseThrow(
                  () ->
                      new ConflictException(
                          "Een verzoek met deze Idempotency-Key is nog bezig. Probeer het zo"
                              + " opnieuw.",
                          "A request with this Idempotency-Key is still running. Retry shortly.")));
    }
    return Response.created(uri.getAbsolutePathBuilder().path(o.id()).build()).entity(o).build();
  }

  private Response replay(String caseId) {
    ObjectionView o = queries.get(id(caseId));
    return Response.created(uri.getAbsolutePathBuilder().path(o.id()).build())
        .entity(o)
        .header("Idempotent-Replayed", "true")
        .build();
  }

  private ObjectionView receive(
      Idempotency idempotency,
      ObjectionRequests.Intake r,
      ObjectionRequests.ContestedDecisionInput c) {
    return receive.handle(
        new ObjectionCommands.ReceiveObjection(
            r.bsn(),
            r.benefitType(),
            c.reference(),
            c.type(),
            c.date(),
            r.receivedDate(),
            r.postmarkDate(),
            r.grounds() == null ? List.of() : r.grounds(),
            r.channel(),
            Boolean.TRUE.equals(r.advisoryCommittee()),
            r.amountAtStakeCents(),
            c.benefitYear()),
        idempotency);
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
  public List<ObjectionView> search(
      @QueryParam("bsn") String bsn,
      @QueryParam("caseNumber")
          @Pattern(regexp = CaseNumber.REQUEST_PATTERN, message = "{toeslagen.caseNumber}")
          String caseNumber,
      @QueryParam("receivedFrom") @PlausibleDate(DateRange.PLANNED) String receivedFrom,
      @QueryParam("receivedTo") @PlausibleDate(DateRange.PLANNED) String receivedTo) {
    return queries.search(bsn, caseNumber, date(receivedFrom), date(receivedTo));
  }

  @POST
  @Path("search")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public List<ObjectionView> searchByBody(@NotNull @Valid ObjectionRequests.Search search) {
    return queries.search(
        search.bsn(), search.caseNumber(), search.receivedFrom(), search.receivedTo());
  }

  /**
   * One page of the open cases past their deadline, most overdue first, with their total (team
   * manager overview): {@code page} (0-based), {@code size} 1 to 200, default 50.
   */
  @GET
  @Path("overdue")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.INSPECTIE})
  public OverduePage overdue(
      @QueryParam("page") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String page,
      @QueryParam("size") @Pattern(regexp = Paging.SIZE_PATTERN, message = "{toeslagen.pageSize}")
          String size) {
    return queries.overdue(Paging.page(page), Paging.size(size, DEADLINE_PAGE_SIZE));
  }

  /**
   * The counts over every open case (overdue, due soon, on track, in default, the term KPI) and one
   * page of the open cases by deadline: {@code page} (0-based), {@code size} 1 to 200, default 50.
   */
  @GET
  @Path("deadlines")
  @RolesAllowed({RoleNames.TEAMLEIDER, RoleNames.INSPECTIE})
  public DeadlineOverview deadlines(
      @QueryParam("page") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String page,
      @QueryParam("size") @Pattern(regexp = Paging.SIZE_PATTERN, message = "{toeslagen.pageSize}")
          String size) {
    return queries.deadlines(Paging.page(page), Paging.size(size, DEADLINE_PAGE_SIZE));
  }

  /** The default page of the deadline overview. */
  static final int DEADLINE_PAGE_SIZE = 50;

  @GET
  @Path("{id}")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public ObjectionView get(@PathParam("id") String id) {
    return queries.get(id(id));
  }

  @GET
  @Path("{id}/diagram")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public ObjectionQueries.DiagramView diagram(@PathParam("id") String id) {
    return queries.diagram(id(id));
  }

  @GET
  @Path("{id}/letters")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public List<LetterView> letters(@PathParam("id") String id) {
    return queries.letters(id(id));
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
    ObjectionQueries.Download pdf = queries.letter(id(id), docId);
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
        .build();
  }

  /**
   * The decision letter of the pending draft as it will be sent, marked as a draft ("CONCEPT – nog
   * niet verzonden"), shown in the browser: not stored, no letter job; the read is audited. 409
   * when no drafted decision waits to be sent.
   */
  @GET
  @Path("{id}/decision/letter-preview")
  @Produces("application/pdf")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE
  })
  public Response decisionLetterPreview(@PathParam("id") String id) {
    ObjectionQueries.Download pdf = queries.decisionLetterPreview(id(id));
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
        .build();
  }

  // ---- stages
  // ---------------------------------------------------------------------------------------------------

  @POST
  @Path("{id}/admissibility")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView admissibility(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Admissibility r) {
    return admissibility.handle(
        new ObjectionCommands.AssessAdmissibility(
            id(id), r.missing(), r.repairDueDate(), r.excuseReason()));
  }

  @POST
  @Path("{id}/repair")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView repair(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Repair r) {
    return endRepair.handle(
        new ObjectionCommands.EndRepair(id(id), r.repairedOn(), r.stillMissing()));
  }

  @POST
  @Path("{id}/contact")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView contact(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Contact r) {
    return contact.handle(
        new ObjectionCommands.RecordContact(
            id(id),
            r.contactedOn(),
            Boolean.TRUE.equals(r.reached()),
            r.agreement(),
            Boolean.TRUE.equals(r.withdrawn()),
            Boolean.TRUE.equals(r.resolved())));
  }

  @POST
  @Path("{id}/hearing")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView hearing(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.HearingPlan r) {
    return scheduleHearing.handle(
        new ObjectionCommands.ScheduleHearing(
            id(id),
            r.scheduledAt(),
            r.mode(),
            r.place(),
            Boolean.TRUE.equals(r.objectorAgreedToShortNotice()),
            r.shortNoticeNote()));
  }

  @POST
  @Path("{id}/hearing/waiver")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView waiver(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.HearingWaiver r) {
    return skipHearing.handle(
        new ObjectionCommands.SkipHearing(id(id), r.reason(), r.explanation()));
  }

  @POST
  @Path("{id}/hearing/report")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView hearingReport(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.HearingReport in) {
    return hearingReport.handle(new ObjectionCommands.RecordHearingReport(id(id), in.report()));
  }

  @POST
  @Path("{id}/decision")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView draft(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Draft r) {
    List<ObjectionCommands.Answer> answers =
        r.answers() == null
            ? List.of()
            : r.answers().stream()
                .map(
                    a ->
                        new ObjectionCommands.Answer(
                            a.ground(), Boolean.TRUE.equals(a.upheld()), a.reasons()))
                .toList();
    ObjectionRequests.Effect e = r.effect();
    return draft.handle(
        new ObjectionCommands.DraftDecision(
            id(id),
            r.outcome(),
            r.reasons(),
            answers,
            r.legalReferences() == null ? List.of() : r.legalReferences(),
            r.caseLaw() == null ? List.of() : r.caseLaw(),
            e == null
                ? null
                : new ObjectionCommands.Effect(
                    e.newAmount(),
                    Boolean.TRUE.equals(e.recoveryDropped()),
                    e.amountAtStake(),
                    e.description())));
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed(RoleNames.VAKTECHNIEK)
  public ObjectionView review(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.DecisionReview r) {
    return review.handle(new ObjectionCommands.ReviewDecision(id(id), r.approved(), r.remarks()));
  }

  @POST
  @Path("{id}/extension")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView extension(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Extension in) {
    return extend.handle(new ObjectionCommands.ExtendTerm(id(id), in.reasons()));
  }

  @POST
  @Path("{id}/postponement")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView postponement(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Postponement r) {
    return postpone.handle(
        new ObjectionCommands.PostponeTerm(id(id), r.newDeadline(), r.consent()));
  }

  @POST
  @Path("{id}/notice-of-default")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView noticeOfDefault(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.NoticeOfDefault in) {
    return noticeOfDefault.handle(
        new ObjectionCommands.RegisterNoticeOfDefault(id(id), in.receivedOn()));
  }

  /** The penalty for late decision set by decision (Awb 4:18), with a letter to the objector. */
  @POST
  @Path("{id}/penalty-decision")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView penaltyDecision(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.PenaltyDecisionInput in) {
    return decidePenalty.handle(
        new ObjectionCommands.DecidePenalty(id(id), in.manifestly(), in.reasons()));
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView withdrawal(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Withdrawal in) {
    return withdraw.handle(
        new ObjectionCommands.WithdrawObjection(
            id(id), in.reason(), in.channel(), in.receivedOn()));
  }

  /**
   * Adds a ground received after intake (after repair, at the hearing or in writing), with its date
   * and source; refused once the decision is sent (409).
   */
  @POST
  @Path("{id}/grounds")
  @RolesAllowed(RoleNames.BEHANDELAAR)
  public ObjectionView addGround(
      @PathParam("id") String id, @NotNull @Valid ObjectionRequests.Ground in) {
    return addGround.handle(
        new ObjectionCommands.AddGround(id(id), in.text(), in.receivedOn(), in.source()));
  }

  /** A query parameter already checked by {@link PlausibleDate}. */
  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : PlausibleDateValidator.parse(text);
  }
}
