package nl.toeslagen.objections.application;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionDecision;
import nl.toeslagen.objections.domain.ObjectionTerms;
import nl.toeslagen.objections.domain.PenaltyAssessment;
import nl.toeslagen.objections.domain.PenaltyDecision;
import nl.toeslagen.objections.domain.Requirement;

/**
 * An objection case as the REST API shows it (JSON field names are the contract). The citizen's BSN
 * is masked. Built here so that REST never sees the domain.
 */
public record ObjectionView(
    String id,
    String caseNumber,
    String bsn,
    String benefitType,
    String contestedReference,
    String contestedType,
    LocalDate contestedDate,
    Integer contestedBenefitYear,
    Long amountAtStakeCents,
    LocalDate receivedDate,
    LocalDate postmarkDate,
    String channel,
    List<String> grounds,
    List<AddedGroundDto> addedGrounds,
    String stage,
    String timeliness,
    boolean timely,
    String excuseReason,
    LocalDate objectionTermEnd,
    LocalDate decisionDeadline,
    boolean advisoryCommittee,
    boolean extended,
    LocalDate reminderDate,
    LocalDate escalationDate,
    int workingDaysLeft,
    boolean overdue,
    List<TermChangeDto> termChanges,
    List<String> missing,
    LocalDate repairRequestedOn,
    LocalDate repairDueDate,
    ContactDto contact,
    HearingDto hearing,
    DecisionDto decision,
    String reviewedBy,
    String reviewRemarks,
    LocalDate noticeOfDefaultOn,
    PenaltyDto penalty,
    LocalDate closedOn,
    String withdrawalReason,
    WithdrawalDto withdrawal,
    String createdBy,
    List<String> activeSteps,
    List<String> allowedActions,
    List<OpenTaskDto> openTasks) {

  /**
   * An open user task of the case ({@code key}: its task definition key; {@code assignee} null =
   * not yet claimed), so the case page can claim it.
   */
  public record OpenTaskDto(String id, String key, String name, String assignee) {}

  public record TermChangeDto(
      String kind,
      LocalDate recordedOn,
      LocalDate previousDeadline,
      LocalDate newDeadline,
      String reasons) {}

  public record ContactDto(
      LocalDate contactedOn,
      boolean reached,
      String agreement,
      boolean withdrawn,
      boolean resolved) {}

  public record HearingDto(
      String scheduledAt,
      String mode,
      String place,
      String skipReason,
      String skipStatement,
      String explanation,
      String report,
      String shortNoticeConsent,
      LocalDate furtherDocumentsUntil) {}

  /** A ground added after intake ({@code source}: AFTER_REPAIR, HEARING or WRITTEN). */
  public record AddedGroundDto(
      String text, LocalDate receivedOn, String source, String recordedBy, LocalDate recordedOn) {}

  /** The withdrawal ({@code channel}: TELEPHONE or WRITTEN) and its date of receipt. */
  public record WithdrawalDto(String channel, LocalDate receivedOn, String reason) {}

  public record AnswerDto(String ground, boolean upheld, String reasons) {}

  public record DecisionDto(
      String outcome,
      String reasons,
      List<AnswerDto> answers,
      List<String> legalReferences,
      List<String> legalReferenceUrls,
      List<String> caseLaw,
      String newAmount,
      boolean recoveryDropped,
      String amountAtStake,
      String effectDescription,
      String hearingSkipReason,
      String preparedBy,
      LocalDate preparedOn) {}

  public record PenaltyDto(
      boolean applies,
      LocalDate firstPenaltyDay,
      long fullWeeks,
      long amountCents,
      String amount,
      String cap,
      String reason,
      LocalDate lastPenaltyDay,
      LocalDate decisionDue,
      PenaltyDecisionDto decision) {}

  /** The penalty as set by decision (Awb 4:18). */
  public record PenaltyDecisionDto(
      String manifestly,
      String reasons,
      LocalDate firstPenaltyDay,
      LocalDate lastPenaltyDay,
      long fullWeeks,
      long amountCents,
      String amount,
      String cap,
      LocalDate decidedOn,
      String decidedBy) {}

  public static ObjectionView from(
      Objection o, ObjectionTerms terms, LocalDate today, List<String> activeSteps) {
    return from(o, terms, today, activeSteps, List.of());
  }

  /**
   * The view with what the viewer may do on the case now ({@link ObjectionActions}): operation ids
   * as {@code GET /api/me} names them.
   */
  public static ObjectionView from(
      Objection o,
      ObjectionTerms terms,
      LocalDate today,
      List<String> activeSteps,
      List<String> allowedActions) {
    return from(o, terms, today, activeSteps, allowedActions, List.of());
  }

  /** The view with the case's open tasks as well. */
  public static ObjectionView from(
      Objection o,
      ObjectionTerms terms,
      LocalDate today,
      List<String> activeSteps,
      List<String> allowedActions,
      List<ObjectionActions.OpenTask> openTasks) {
    var in = o.intake();
    LocalDate deadline = o.term().deadline();
    ObjectionDecision d = o.decision();
    PenaltyAssessment p = o.penalty(today);
    return new ObjectionView(
        o.id().toString(),
        o.caseNumber().toString(),
        in.bsn().masked(),
        in.benefitType().name(),
        in.contestedDecision().reference(),
        in.contestedDecision().type().name(),
        in.contestedDecision().date(),
        in.contestedDecision().benefitYear(),
        in.amountAtStake() == null ? null : in.amountAtStake().cents(),
        in.receivedDate(),
        in.postmarkDate(),
        in.channel().name(),
        // every ground the decision must answer: the intake's, then those added later
        o.grounds(),
        o.addedGrounds().stream()
            .map(
                g ->
                    new AddedGroundDto(
                        g.text(),
                        g.receivedOn(),
                        g.source().name(),
                        g.recordedBy(),
                        g.recordedOn()))
            .toList(),
        o.stage().name(),
        o.timeliness().name(),
        o.timeliness().acceptable(),
        o.excuseReason(),
        o.objectionTermEnd(),
        deadline,
        o.term().advisoryCommittee(),
        o.term().extended(),
        terms.reminderDate(deadline),
        terms.escalationDate(deadline),
        terms.workingDaysLeft(today, deadline),
        !o.stage().closed() && o.term().overdueOn(today),
        o.term().changes().stream()
            .map(
                c ->
                    new TermChangeDto(
                        c.kind().name(),
                        c.recordedOn(),
                        c.previousDeadline(),
                        c.newDeadline(),
                        c.reasons()))
            .toList(),
        o.missing().stream().map(Requirement::name).sorted().toList(),
        o.repair() == null ? null : o.repair().requestedOn(),
        o.repair() == null ? null : o.repair().dueDate(),
        o.contact() == null
            ? null
            : new ContactDto(
                o.contact().contactedOn(),
                o.contact().reached(),
                o.contact().agreement(),
                o.contact().withdrawn(),
                o.contact().resolved()),
        o.hearing() == null
            ? null
            : new HearingDto(
                o.hearing().scheduledAt() == null ? null : o.hearing().scheduledAt().toString(),
                o.hearing().mode() == null ? null : o.hearing().mode().name(),
                o.hearing().place(),
                o.hearing().skipReason() == null ? null : o.hearing().skipReason().name(),
                o.hearing().skipReason() == null ? null : o.hearing().skipReason().statementNl(),
                o.hearing().skipExplanation(),
                o.hearing().report(),
                o.hearing().shortNoticeConsent(),
                o.hearing().furtherDocumentsUntil()),
        d == null
            ? null
            : new DecisionDto(
                d.outcome().name(),
                d.reasons(),
                d.answers().stream()
                    .map(a -> new AnswerDto(a.ground(), a.upheld(), a.reasons()))
                    .toList(),
                d.legalReferences().stream().map(LegalReference::toString).toList(),
                d.legalReferences().stream().map(LegalReference::url).toList(),
                d.caseLaw().stream().map(Ecli::value).toList(),
                d.effect().newAmount() == null ? null : d.effect().newAmount().formatted(),
                d.effect().recoveryDropped(),
                d.effect().amountAtStake() == null ? null : d.effect().amountAtStake().formatted(),
                d.effect().description(),
                d.hearingSkipReason() == null ? null : d.hearingSkipReason().name(),
                d.preparedBy(),
                d.preparedOn()),
        o.reviewedBy(),
        o.reviewRemarks(),
        o.noticeOfDefaultOn(),
        new PenaltyDto(
            p.applies(),
            p.firstPenaltyDay(),
            p.fullWeeks(),
            p.amount().cents(),
            p.amount().formatted(),
            p.cap().formatted(),
            p.reasonNl(),
            p.lastPenaltyDay(),
            p.lastPenaltyDay() == null ? null : terms.penaltyDecisionDue(p.lastPenaltyDay()),
            penaltyDecision(o.penaltyDecision())),
        o.closedOn(),
        o.withdrawalReason(),
        o.withdrawal() == null
            ? null
            : new WithdrawalDto(
                o.withdrawal().channel().name(),
                o.withdrawal().receivedOn(),
                o.withdrawal().reason()),
        o.createdBy(),
        activeSteps == null ? List.of() : activeSteps,
        allowedActions == null ? List.of() : List.copyOf(allowedActions),
        openTasks == null
            ? List.of()
            : openTasks.stream()
                .map(t -> new OpenTaskDto(t.id(), t.key(), t.name(), t.assignee()))
                .toList());
  }

  private static PenaltyDecisionDto penaltyDecision(PenaltyDecision d) {
    return d == null
        ? null
        : new PenaltyDecisionDto(
            d.finding() == null ? null : d.finding().name(),
            d.findingReasons(),
            d.firstPenaltyDay(),
            d.lastPenaltyDay(),
            d.fullWeeks(),
            d.amount().cents(),
            d.amount().formatted(),
            d.cap().formatted(),
            d.decidedOn(),
            d.decidedBy());
  }
}
