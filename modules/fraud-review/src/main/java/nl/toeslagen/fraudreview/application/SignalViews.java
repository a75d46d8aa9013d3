package nl.toeslagen.fraudreview.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.documents.api.DutchDates;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.fraudreview.domain.RetentionSchedulePolicy;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.Zienswijze;
import nl.toeslagen.fraudreview.domain.ZienswijzeRequest;
import nl.toeslagen.fraudreview.domain.ZienswijzeTermPolicy;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;

/** What the API and the screens show of signals (plain values, JSON-B friendly). */
public final class SignalViews {

  private SignalViews() {}

  /** Answer to a registration. */
  public record Created(String id, String caseNumber, String phase) {}

  /** The process diagram of a signal: the BPMN XML and where the process waits. */
  public record Diagram(String xml, List<String> activeActivityIds) {}

  /** What a retention run did. */
  public record RetentionRun(LocalDate referenceDate, int purged) {}

  public record FineView(
      long recoveryCents,
      int percentage,
      int maximumPercentage,
      boolean repeatWithinFiveYears,
      boolean correctedBeforeAware,
      String reportReference,
      long amountCents,
      String amount) {

    static FineView of(FineProposal f) {
      return f == null
          ? null
          : new FineView(
              f.recovery().cents(),
              f.percentage(),
              f.maximumPercentage(),
              f.repeatWithinFiveYears(),
              f.correctedBeforeAware(),
              f.reportReference(),
              f.amount().cents(),
              f.amount().formatted());
    }
  }

  /** A determination with its author, its approver and both their reasons. */
  public record DeterminationView(
      String id,
      String phase,
      String conclusion,
      String reasons,
      List<String> facts,
      List<String> legalReferences,
      String priority,
      String author,
      Instant authoredAt,
      String status,
      String requiredApproverRole,
      String approver,
      String approvalReasons,
      Instant reviewedAt,
      FineView fine,
      boolean mayBeReviewedByMe,
      boolean mayBeWithdrawnByMe,
      String whyNotByMeNl,
      String whyNotByMeEn,
      List<String> eligibleApprovers,
      String noApproverWarningNl,
      String noApproverWarningEn) {

    static DeterminationView of(Signal s, Determination d, Actor viewer) {
      return of(s, d, viewer, null);
    }

    /**
     * @param approvers who may approve it, when it waits for approval and the user directory was
     *     asked; {@code null} otherwise
     */
    static DeterminationView of(Signal s, Determination d, Actor viewer, List<String> approvers) {
      PolicyDecision review =
          viewer != null && d.isAwaitingApproval() ? s.mayReview(d.id(), viewer) : null;
      return new DeterminationView(
          d.id(),
          d.phase().name(),
          d.conclusion().name(),
          d.reasons(),
          d.facts(),
          d.legalReferences().stream().map(LegalReference::toString).toList(),
          d.priority() == null ? null : d.priority().name(),
          d.author(),
          d.authoredAt(),
          d.status().name(),
          RequiredApproverRole.of(d.phase(), d.conclusion()).name(),
          d.reviewer(),
          d.reviewReasons(),
          d.reviewedAt(),
          FineView.of(d.fine()),
          review != null && review.allowed(),
          viewer != null && d.isAwaitingApproval() && s.mayWithdraw(d.id(), viewer).allowed(),
          review == null || review.allowed() ? null : review.reasonNl(),
          review == null || review.allowed() ? null : review.reasonEn(),
          approvers,
          approvers != null && approvers.isEmpty() ? noApproverNl(d) : null,
          approvers != null && approvers.isEmpty() ? noApproverEn(d) : null);
    }

    static String noApproverNl(Determination d) {
      return "Niemand kan deze vaststelling nu goedkeuren: er is geen actieve medewerker met de rol "
          + RequiredApproverRole.of(d.phase(), d.conclusion())
          + " die deze vaststelling noch een eerdere vaststelling over dit signaal opstelde. Trek de"
          + " vaststelling in of vraag de teamleider om een extra beoordelaar.";
    }

    static String noApproverEn(Determination d) {
      return "Nobody can approve this determination now: there is no active user with the role "
          + RequiredApproverRole.of(d.phase(), d.conclusion())
          + " who authored neither it nor an earlier determination on this signal. Withdraw it or"
          + " ask the team manager for another reviewer.";
    }
  }

  public record ZienswijzeView(
      LocalDate requestedOn,
      LocalDate recordedOn,
      boolean responded,
      String summary,
      String recordedBy) {

    static ZienswijzeView of(Zienswijze z) {
      return z == null
          ? null
          : new ZienswijzeView(
              z.requestedOn(), z.recordedOn(), z.responded(), z.summary(), z.recordedBy());
    }
  }

  /**
   * The request for the citizen's view: when, until when they can respond (and whether that day has
   * passed), the facts and the intended fine as the letter stated them.
   */
  public record ZienswijzeRequestView(
      LocalDate requestedOn,
      LocalDate respondBy,
      boolean periodLapsed,
      List<String> facts,
      FineView intendedFine,
      String requestedBy) {

    static ZienswijzeRequestView of(ZienswijzeRequest r, LocalDate today) {
      return r == null
          ? null
          : new ZienswijzeRequestView(
              r.requestedOn(),
              r.respondBy(),
              new ZienswijzeTermPolicy().lapsed(r.respondBy(), today),
              r.facts(),
              FineView.of(r.intendedFine()),
              r.requestedBy());
    }
  }

  /**
   * How long the signal is kept and why (the retention schedule): provisional while open; once
   * closed, the outcome's period counted from the closure date.
   */
  public record RetentionView(
      LocalDate retentionDate,
      boolean provisional,
      String outcome,
      String period,
      LocalDate countedFrom,
      String ruleNl,
      String ruleEn) {

    static RetentionView of(Signal s) {
      RetentionSchedulePolicy schedule = RetentionSchedulePolicy.standard();
      if (!s.isClosed() || s.outcome().isEmpty() || s.closedAt() == null) {
        String periods =
            schedule.entries().stream()
                .map(e -> e.outcome() + " " + RetentionSchedulePolicy.dutch(e.period()))
                .collect(java.util.stream.Collectors.joining(", "));
        return new RetentionView(
            s.retentionDate(),
            true,
            null,
            null,
            null,
            "Voorlopig. Bij afsluiting bepaalt het bewaarschema de datum, gerekend vanaf de"
                + " afsluiting: "
                + periods
                + ".",
            "Provisional. At closure the retention schedule sets the date, counted from the"
                + " closure: "
                + schedule.entries().stream()
                    .map(e -> e.outcome() + " " + e.period())
                    .collect(java.util.stream.Collectors.joining(", "))
                + ".");
      }
      RetentionSchedulePolicy.Entry entry = schedule.entry(s.outcome().get());
      LocalDate closedOn = s.closedAt().atZone(DateRange.ZONE).toLocalDate();
      return new RetentionView(
          s.retentionDate(),
          false,
          entry.outcome().name(),
          entry.period().toString(),
          closedOn,
          "Bewaren tot "
              + DutchDates.format(s.retentionDate())
              + ": "
              + RetentionSchedulePolicy.dutch(entry.period())
              + " na afsluiting op "
              + DutchDates.format(closedOn)
              + " ("
              + entry.outcome()
              + "): "
              + entry.reasonNl()
              + ".",
          "Kept until "
              + s.retentionDate()
              + ": "
              + entry.period()
              + " after closure on "
              + closedOn
              + " ("
              + entry.outcome()
              + "): "
              + entry.reasonEn()
              + ".");
    }
  }

  /** A letter of the signal (request for the view, outcome), to read with its id. */
  public record SignalLetter(
      String id, String kind, String fileName, long sizeBytes, Instant createdAt) {}

  /**
   * The case page; {@code letterId} is the outcome letter once the citizen was informed. {@code
   * allowedActions}: the operation ids the viewer may call on this signal now ({@link
   * SignalActions}); {@code openConclusions}: the conclusions a determination of the current phase
   * can have (for the outcome: those that follow from the approved findings).
   */
  public record SignalDetails(
      String id,
      String caseNumber,
      String bsn,
      String benefitType,
      String source,
      String description,
      String legalBasis,
      LocalDate retentionDate,
      String phase,
      String priority,
      String outcome,
      String registeredBy,
      Instant registeredAt,
      Instant closedAt,
      ZienswijzeView zienswijze,
      List<DeterminationView> determinations,
      boolean waitingForMe,
      String letterId,
      ZienswijzeRequestView zienswijzeRequest,
      RetentionView retention,
      List<SignalLetter> letters,
      List<String> allowedActions,
      List<String> openConclusions) {

    static SignalDetails of(
        Signal s,
        Actor viewer,
        Optional<String> letterId,
        java.util.function.Function<Determination, List<String>> approvers,
        List<SignalLetter> letters,
        LocalDate today) {
      return new SignalDetails(
          s.id().value(),
          s.caseNumber().toString(),
          s.citizen().value(),
          s.benefitType().name(),
          s.source().name(),
          s.description(),
          s.processingBasis(),
          s.retentionDate(),
          s.phase().name(),
          s.priority() == null ? null : s.priority().name(),
          s.outcome().map(Enum::name).orElse(null),
          s.registeredBy(),
          s.registeredAt(),
          s.closedAt(),
          ZienswijzeView.of(s.zienswijze()),
          s.determinations().stream()
              .map(
                  d ->
                      DeterminationView.of(
                          s, d, viewer, d.isAwaitingApproval() ? approvers.apply(d) : null))
              .toList(),
          s.isWaitingFor(viewer),
          letterId.orElse(null),
          ZienswijzeRequestView.of(s.zienswijzeRequest(), today),
          RetentionView.of(s),
          letters,
          SignalActions.of(s, viewer),
          s.openConclusions().stream().map(Enum::name).toList());
    }
  }

  /**
   * A signal whose pending determination nobody may approve, or that has waited longer than the
   * allowed number of working days (the team manager's overview; BSN masked).
   */
  public record StuckSignal(
      String id,
      String caseNumber,
      String bsnMasked,
      String phase,
      String determinationId,
      String author,
      Instant authoredAt,
      String requiredApproverRole,
      List<String> eligibleApprovers,
      boolean noEligibleApprover,
      boolean waitingTooLong,
      String reasonNl,
      String reasonEn) {}

  /**
   * A row of the supervision work list (BSN masked); {@code respondBy}: the citizen's last day to
   * give their view, while it was asked and not yet recorded.
   */
  public record WorkItem(
      String id,
      String caseNumber,
      String bsnMasked,
      String benefitType,
      String source,
      String phase,
      String priority,
      long ageDays,
      boolean waitingForApproval,
      String waitingDeterminationId,
      String requiredApproverRole,
      boolean returnedForRevision,
      boolean waitingForMe,
      LocalDate respondBy) {

    static WorkItem of(Signal s, Actor viewer, LocalDate today) {
      Determination waiting = s.awaitingApproval().orElse(null);
      ZienswijzeRequest asked = s.zienswijze() == null ? s.zienswijzeRequest() : null;
      return new WorkItem(
          s.id().value(),
          s.caseNumber().toString(),
          s.citizen().masked(),
          s.benefitType().name(),
          s.source().name(),
          s.phase().name(),
          s.priority() == null ? null : s.priority().name(),
          java.time.temporal.ChronoUnit.DAYS.between(
              s.registeredAt().atZone(DateRange.ZONE).toLocalDate(), today),
          waiting != null,
          waiting == null ? null : waiting.id(),
          waiting == null
              ? null
              : RequiredApproverRole.of(waiting.phase(), waiting.conclusion()).name(),
          s.returnedForRevision().isPresent(),
          s.isWaitingFor(viewer),
          asked == null ? null : asked.respondBy());
    }
  }
}
