package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.ValidationException;

/**
 * The objection case (aggregate root). Every change checks the stage and the named policies; wrong
 * order is a {@link ConflictException}, a refused policy a {@code PolicyViolationException} of the
 * kind its rule names (403, 409 or 400 with the field).
 */
public final class Objection {

  private final ObjectionId id;
  private final ObjectionIntake intake;
  private final String createdBy;
  private final LocalDate objectionTermEnd;
  private Timeliness timeliness;
  private String excuseReason;
  private DecisionTerm term;
  private Stage stage;
  private Set<Requirement> missing;
  private RepairRequest repair;
  private LocalDate repairEndedOn;
  private ContactOutcome contact;
  private Hearing hearing;
  private ObjectionDecision decision;
  private String reviewedBy;
  private String reviewRemarks;
  private LocalDate noticeOfDefaultOn;
  private LocalDate closedOn;
  private String withdrawalReason;
  private final List<CaseStep> steps;
  private final CaseNumber caseNumber;
  private PenaltyDecision penaltyDecision;
  private final List<AddedGround> addedGrounds;
  private Withdrawal withdrawal;

  /** All state, for storage. */
  public record Memento(
      String id,
      ObjectionIntake intake,
      String createdBy,
      LocalDate objectionTermEnd,
      Timeliness timeliness,
      String excuseReason,
      DecisionTerm term,
      Stage stage,
      Set<Requirement> missing,
      RepairRequest repair,
      LocalDate repairEndedOn,
      ContactOutcome contact,
      Hearing hearing,
      ObjectionDecision decision,
      String reviewedBy,
      String reviewRemarks,
      LocalDate noticeOfDefaultOn,
      LocalDate closedOn,
      String withdrawalReason,
      List<CaseStep> steps,
      CaseNumber caseNumber,
      PenaltyDecision penaltyDecision,
      List<AddedGround> addedGrounds,
      Withdrawal withdrawal) {

    /** The same state with the case number filled in (rows stored before numbers existed). */
    public Memento withCaseNumber(CaseNumber number) {
      return new Memento(
          id,
          intake,
          createdBy,
          objectionTermEnd,
          timeliness,
          excuseReason,
          term,
          stage,
          missing,
          repair,
          repairEndedOn,
          contact,
          hearing,
          decision,
          reviewedBy,
          reviewRemarks,
          noticeOfDefaultOn,
          closedOn,
          withdrawalReason,
          steps,
          number,
          penaltyDecision,
          addedGrounds,
          withdrawal);
    }
  }

  private Objection(Memento m) {
    this.id = ObjectionId.of(Objects.requireNonNull(m.id(), "id"));
    this.intake = Objects.requireNonNull(m.intake(), "intake");
    this.createdBy = m.createdBy();
    this.objectionTermEnd = m.objectionTermEnd();
    this.timeliness = m.timeliness();
    this.excuseReason = m.excuseReason();
    this.term = m.term();
    this.stage = m.stage();
    this.missing =
        m.missing() == null || m.missing().isEmpty() ? Set.of() : Set.copyOf(m.missing());
    this.repair = m.repair();
    this.repairEndedOn = m.repairEndedOn();
    this.contact = m.contact();
    this.hearing = m.hearing();
    this.decision = m.decision();
    this.reviewedBy = m.reviewedBy();
    this.reviewRemarks = m.reviewRemarks();
    this.noticeOfDefaultOn = m.noticeOfDefaultOn();
    this.closedOn = m.closedOn();
    this.withdrawalReason = m.withdrawalReason();
    // documents stored before steps were kept are upcast with their derived steps (ADR 0016)
    this.steps = new ArrayList<>(Objects.requireNonNull(m.steps(), "steps"));
    this.caseNumber = Objects.requireNonNull(m.caseNumber(), "caseNumber");
    this.penaltyDecision = m.penaltyDecision();
    this.addedGrounds = new ArrayList<>(m.addedGrounds() == null ? List.of() : m.addedGrounds());
    this.withdrawal = m.withdrawal();
  }

  public static Objection restore(Memento memento) {
    return new Objection(memento);
  }

  public Memento memento() {
    return new Memento(
        id.value(),
        intake,
        createdBy,
        objectionTermEnd,
        timeliness,
        excuseReason,
        term,
        stage,
        missing,
        repair,
        repairEndedOn,
        contact,
        hearing,
        decision,
        reviewedBy,
        reviewRemarks,
        noticeOfDefaultOn,
        closedOn,
        withdrawalReason,
        List.copyOf(steps),
        caseNumber,
        penaltyDecision,
        List.copyOf(addedGrounds),
        withdrawal);
  }

  /** A newly received objection: terms and timeliness are computed here. */
  public static Objection receive(
      ObjectionId id,
      CaseNumber caseNumber,
      ObjectionIntake intake,
      boolean advisoryCommittee,
      ObjectionTerms terms,
      String createdBy) {
    LocalDate dagtekening = intake.contestedDecision().date();
    LocalDate end = terms.objectionTermEnd(dagtekening);
    TimelinessAssessment t =
        terms.timeliness(dagtekening, intake.receivedDate(), intake.postmarkDate());
    DecisionTerm term =
        terms.decisionTerm(end, intake.receivedDate(), t.timeliness(), advisoryCommittee);
    return new Objection(
        new Memento(
            id.value(),
            intake,
            createdBy,
            end,
            t.timeliness(),
            null,
            term,
            Stage.ADMISSIBILITY,
            Set.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            createdBy == null
                ? List.of()
                : List.of(CaseStep.of(CaseStep.Kind.INTAKE, createdBy, intake.receivedDate())),
            caseNumber,
            null,
            List.of(),
            null));
  }

  // ---- admissibility
  // -------------------------------------------------------------------------------------------

  /** Excuses a late objection (Awb 6:11); refused when not late or without a reason. */
  public PolicyDecision excuseLateness(String reason) {
    requireStage(Stage.ADMISSIBILITY);
    PolicyDecision d = new ExcusableLatenessPolicy().evaluate(timeliness, reason);
    d.enforce();
    timeliness = Timeliness.LATE_EXCUSED;
    excuseReason = reason.strip();
    return d;
  }

  /**
   * Assesses admissibility with the requirements the handler found missing. Admissible → proactive
   * contact; not admissible → drafting (hearing skipped, Awb 7:3 a); repair required → a repair
   * request with {@code repairDueDate} (default: 14 days) and the stage AWAITING_REPAIR.
   */
  public AdmissibilityAssessment assessAdmissibility(
      Set<Requirement> missingNow, LocalDate repairDueDate, LocalDate today) {
    requireStage(Stage.ADMISSIBILITY);
    Set<Requirement> found =
        missingNow == null || missingNow.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(missingNow));
    // a pro forma objection always lacks its grounds (Awb 6:5 lid 1 d, 6:6)
    found = new ProFormaObjectionPolicy().missing(grounds(), found);
    AdmissibilityAssessment a =
        new AdmissibilityPolicy().evaluate(timeliness, found, repair, today);
    // while the repair period runs the assessment cannot be concluded (409)
    a.decision().enforceAsConflict();
    missing = found;
    switch (a.outcome()) {
      case ADMISSIBLE -> stage = Stage.CONTACT;
      case NOT_ADMISSIBLE -> {
        hearing = Hearing.skipped(HearingSkipReason.A_KENNELIJK_NIET_ONTVANKELIJK, a.reasonNl());
        stage = Stage.DRAFTING;
      }
      case REPAIR_REQUIRED -> {
        LocalDate due =
            repairDueDate == null
                ? today.plusDays(RepairRequest.STANDARD_PERIOD_DAYS)
                : repairDueDate;
        repair = new RepairRequest(today, due, missing);
        stage = Stage.AWAITING_REPAIR;
      }
      case AWAITING_REPAIR -> throw new IllegalStateException("refused above");
    }
    return a;
  }

  /**
   * Ends the repair period: repaired on {@code repairedOn} (what is still missing in {@code
   * stillMissing}) or, with {@code repairedOn == null}, lapsed unused. The decision term moves by
   * the suspended days (Awb 7:10 lid 2).
   */
  public DecisionTerm endRepair(
      LocalDate repairedOn, Set<Requirement> stillMissing, LocalDate today, ObjectionTerms t) {
    requireStage(Stage.AWAITING_REPAIR);
    LocalDate end;
    RepairPeriodPolicy rule = new RepairPeriodPolicy();
    if (repairedOn == null) {
      rule.mayEndUnused(repair, today).enforceAsConflict();
      end = repair.dueDate();
    } else {
      rule.repairDate(repair, repairedOn, today).enforceAsInvalid("repairedOn");
      end = repairedOn.isAfter(repair.dueDate()) ? repair.dueDate() : repairedOn;
    }
    repairEndedOn = end;
    if (repairedOn == null && stillMissing == null) {
      missing = repair.missing();
    } else {
      missing =
          stillMissing == null || stillMissing.isEmpty()
              ? Set.of()
              : Set.copyOf(EnumSet.copyOf(stillMissing));
    }
    missing = new ProFormaObjectionPolicy().missing(grounds(), missing);
    term =
        t.suspend(
            term,
            t.decisionTermStart(objectionTermEnd, intake.receivedDate(), timeliness),
            repair.requestedOn(),
            end);
    stage = Stage.ADMISSIBILITY;
    return term;
  }

  // ---- contact and hearing
  // ---------------------------------------------------------------------------------------

  public void recordContact(ContactOutcome outcome) {
    requireStage(Stage.CONTACT);
    contact = Objects.requireNonNull(outcome, "outcome");
    stage = Stage.HEARING;
  }

  /**
   * Plans the hearing (an invitation letter follows); may be re-planned until held. Not in the past
   * ({@link HearingDatePolicy}, invalid on {@code scheduledAt}).
   */
  public void scheduleHearing(Hearing planned, LocalDate today) {
    requireStage(Stage.HEARING);
    new HearingDatePolicy()
        .evaluate(planned.scheduledAt(), today, planned.shortNoticeConsent())
        .enforceAsInvalid("scheduledAt");
    hearing = planned;
  }

  /** Records why the objector is not heard (Awb 7:3); moves on to drafting. */
  public void skipHearing(Hearing skipped) {
    requireStage(Stage.HEARING);
    if (!skipped.skipped()) {
      throw new IllegalArgumentException("not a skipped hearing");
    }
    hearing = skipped;
    stage = Stage.DRAFTING;
  }

  /**
   * Records the report of the hearing held; only on or after the hearing day ({@link
   * HearingReportDatePolicy}, 409).
   */
  public PolicyDecision recordHearingReport(String report, LocalDate today) {
    requireStage(Stage.HEARING);
    if (hearing == null || hearing.skipped()) {
      throw new ConflictException("Plan eerst de hoorzitting.", "Schedule the hearing first.");
    }
    PolicyDecision d = new HearingReportDatePolicy().evaluate(hearing, today);
    d.enforceAsConflict();
    hearing = hearing.held(report);
    stage = Stage.DRAFTING;
    return d;
  }

  // ---- grounds
  // ---------------------------------------------------------------------------------------------------

  /**
   * Every ground of the objection, the decision must answer them all: those of the intake, then
   * those added later, in the order received.
   */
  public List<String> grounds() {
    if (addedGrounds.isEmpty()) {
      return intake.grounds();
    }
    List<String> all = new ArrayList<>(intake.grounds());
    addedGrounds.forEach(g -> all.add(g.text()));
    return List.copyOf(all);
  }

  /** The grounds added after intake, with their date and source. */
  public List<AddedGround> addedGrounds() {
    return List.copyOf(addedGrounds);
  }

  /**
   * Adds a ground received later ({@link AddedGroundPolicy}): not after the decision was sent or
   * while a draft is being reviewed or sent (409); the text and date are checked (400).
   */
  public PolicyDecision addGround(
      String text, LocalDate receivedOn, GroundSource source, String by, LocalDate today) {
    AddedGroundPolicy rule = new AddedGroundPolicy();
    rule.mayAdd(stage).enforceAsConflict();
    Objects.requireNonNull(source, "source");
    if (receivedOn == null) {
      throw new ValidationException(
          "receivedOn",
          "Geef de datum waarop de grond is ontvangen.",
          "Give the date the ground was received.");
    }
    String stripped = text == null ? null : text.strip();
    PolicyDecision d =
        rule.evaluate(
                stripped,
                receivedOn,
                source,
                grounds(),
                intake.receivedDate(),
                repair,
                hearing,
                today)
            .enforce();
    addedGrounds.add(new AddedGround(stripped, receivedOn, source, by, today));
    return d;
  }

  // ---- decision
  // --------------------------------------------------------------------------------------------------

  /**
   * Drafts (or re-drafts after rejection) the decision; returns the {@link
   * DecisionReviewRequiredPolicy}'s decision whether review is required (allowed = required).
   */
  public PolicyDecision draftDecision(
      DecisionOutcome outcome,
      String reasons,
      List<GroundAnswer> answers,
      List<LegalReference> legalReferences,
      List<Ecli> caseLaw,
      CitizenEffect effect,
      String preparedBy,
      LocalDate today) {
    requireStage(Stage.DRAFTING);
    decision =
        ObjectionDecision.draft(
            grounds(),
            hearing,
            outcome,
            reasons,
            answers,
            legalReferences,
            caseLaw,
            effect,
            preparedBy,
            today);
    reviewedBy = null;
    reviewRemarks = null;
    steps.add(new CaseStep(CaseStep.Kind.DRAFT, preparedBy, today, draftVersions() + 1));
    PolicyDecision review = new DecisionReviewRequiredPolicy().evaluate(outcome);
    stage = review.allowed() ? Stage.REVIEW : Stage.SENDING;
    return review;
  }

  /**
   * Four-eyes review; the policy is enforced here, not only by task routing. Rejected → back to
   * drafting.
   */
  public PolicyDecision review(Actor reviewer, boolean approved, String remarks) {
    requireStage(Stage.REVIEW);
    PolicyDecision d = new DecisionReviewPolicy().evaluate(decision, steps, reviewer);
    d.enforce();
    if (!approved && (remarks == null || remarks.isBlank())) {
      throw new ValidationException(
          "remarks", "Geef aan wat er moet worden verbeterd.", "State what must be improved.");
    }
    reviewedBy = reviewer.userName();
    reviewRemarks = remarks == null ? null : remarks.strip();
    steps.add(CaseStep.of(CaseStep.Kind.REVIEW, reviewer.userName(), null));
    stage = approved ? Stage.SENDING : Stage.DRAFTING;
    return d;
  }

  /**
   * Whether a decision is drafted and not yet sent (in review, rejected and back in drafting, or
   * approved and waiting to be sent): what a preview of the decision letter shows.
   */
  public boolean hasPendingDecision() {
    return decision != null && !stage.closed();
  }

  /**
   * The decision drafted and not yet sent, for a preview of its letter; 409 when there is none (no
   * draft yet, or the decision was sent or the objection withdrawn).
   */
  public ObjectionDecision pendingDecision() {
    if (!hasPendingDecision()) {
      throw new ConflictException(
          "Er is geen conceptbeslissing om te bekijken: er is nog geen beslissing opgesteld, of"
              + " de beslissing is al verzonden.",
          "There is no draft decision to preview: none has been drafted yet, or the decision was"
              + " already sent.");
    }
    return decision;
  }

  /** The decision has been sent: the case is closed. */
  public void markDecided(LocalDate on) {
    requireStage(Stage.SENDING);
    closedOn = on;
    stage = Stage.DECIDED;
  }

  // ---- terms
  // -------------------------------------------------------------------------------------------------------

  public DecisionTerm extend(LocalDate today, String reasons, ObjectionTerms t) {
    requireOpen();
    term = t.extend(term, today, reasons);
    return term;
  }

  public DecisionTerm postponeWithConsent(
      LocalDate today, LocalDate agreedEnd, String consent, ObjectionTerms t) {
    requireOpen();
    term = t.postponeWithConsent(term, today, agreedEnd, consent);
    return term;
  }

  /**
   * Registers a notice of default received on {@code receivedOn}; only after the deadline and only
   * once.
   */
  public PolicyDecision registerNoticeOfDefault(LocalDate receivedOn, LocalDate today) {
    requireOpen();
    NoticeOfDefaultPolicy rule = new NoticeOfDefaultPolicy();
    rule.once(noticeOfDefaultOn).enforceAsConflict();
    rule.receivedOn(receivedOn, today).enforceAsInvalid("receivedOn");
    PolicyDecision d = new PenaltyPolicy().acceptNotice(term.deadline(), receivedOn);
    d.enforce();
    noticeOfDefaultOn = receivedOn;
    return d;
  }

  /**
   * The penalty as it stands on {@code asOf}; the cap follows from the amount at stake recorded at
   * intake (an amount typed at the decision plays no part), and the finding of the penalty decision
   * (Awb 4:17 lid 6) once recorded.
   */
  public PenaltyAssessment penalty(LocalDate asOf) {
    return penalty(asOf, penaltyDecision == null ? null : penaltyDecision.finding());
  }

  private PenaltyAssessment penalty(LocalDate asOf, ManifestFinding finding) {
    return new PenaltyPolicy()
        .evaluate(
            intake.contestedDecision(),
            intake.amountAtStake(),
            finding,
            noticeOfDefaultOn,
            stage == Stage.DECIDED ? closedOn : null,
            asOf);
  }

  /**
   * Whether the penalty must still be set by decision (Awb 4:18): it ran, its last day due has
   * passed by {@code today}, and it has not been set.
   */
  public boolean penaltyDecisionRequired(LocalDate today) {
    return penaltyDecision == null
        && new PenaltyDecisionPolicy().maySet(null, penalty(today), today).allowed();
  }

  /**
   * Sets the penalty by decision (Awb 4:18), with the handler's finding under 4:17 lid 6 (or {@code
   * null}) and its reasons. Refused (409) before the last day due or when already set; a finding
   * without reasons or not fitting the outcome is invalid on {@code manifestly}.
   */
  public PenaltyDecision decidePenalty(
      ManifestFinding finding, String findingReasons, String by, LocalDate today) {
    if (stage == Stage.WITHDRAWN) {
      throw new ConflictException(
          "Het bezwaar is ingetrokken; er is geen dwangsom vast te stellen.",
          "The objection was withdrawn; there is no penalty to set.");
    }
    PenaltyDecisionPolicy rule = new PenaltyDecisionPolicy();
    PenaltyAssessment running = penalty(today, null);
    rule.maySet(penaltyDecision, running, today).enforceAsConflict();
    rule.finding(finding, findingReasons, decision == null ? null : decision.outcome())
        .enforceAsInvalid("manifestly");
    PenaltyAssessment set = penalty(today, finding);
    penaltyDecision =
        new PenaltyDecision(
            finding,
            finding == null ? null : findingReasons.strip(),
            running.firstPenaltyDay(),
            running.lastPenaltyDay(),
            set.fullWeeks(),
            set.cap(),
            set.amount(),
            today,
            by);
    return penaltyDecision;
  }

  public PenaltyDecision penaltyDecision() {
    return penaltyDecision;
  }

  // ---- withdrawal
  // --------------------------------------------------------------------------------------------------

  /**
   * Withdraws the objection as the objector did it ({@link WithdrawalPolicy}): a written withdrawal
   * needs its date of receipt, a telephone withdrawal is dated the day of the call (today unless
   * given); either date lies between the receipt of the objection and today (400 on {@code
   * receivedOn}). Closes the case.
   */
  public PolicyDecision withdraw(
      WithdrawalChannel channel, LocalDate receivedOn, String reason, LocalDate today) {
    requireOpen();
    if (channel == null) {
      throw new ValidationException(
          "channel",
          "Geef aan hoe het bezwaar is ingetrokken: TELEPHONE of WRITTEN.",
          "State how the objection was withdrawn: TELEPHONE or WRITTEN.");
    }
    WithdrawalPolicy rule = new WithdrawalPolicy();
    PolicyDecision d = rule.evaluate(channel, receivedOn, intake.receivedDate(), today).enforce();
    withdraw(today, reason);
    withdrawal = new Withdrawal(channel, rule.dateOf(receivedOn, today), withdrawalReason);
    return d;
  }

  /** The withdrawal as registered, or null (not withdrawn, or withdrawn before it was kept). */
  public Withdrawal withdrawal() {
    return withdrawal;
  }

  public void withdraw(LocalDate on, String reason) {
    requireOpen();
    if (reason == null || reason.isBlank()) {
      throw new ValidationException(
          "reason",
          "Leg vast hoe en waarom het bezwaar is ingetrokken.",
          "Record how and why the objection was withdrawn.");
    }
    withdrawalReason = reason.strip();
    closedOn = on;
    stage = Stage.WITHDRAWN;
  }

  // ---- who took part
  // ------------------------------------------------------------------------------------------------

  /**
   * Records that {@code by} took a step on the case (the application service calls this after each
   * change it makes for a user; intake, drafts and reviews are recorded by the aggregate itself).
   */
  public void recordStep(CaseStep.Kind kind, String by, LocalDate on) {
    if (kind == CaseStep.Kind.DRAFT || kind == CaseStep.Kind.REVIEW) {
      throw new IllegalArgumentException(kind + " is recorded by the aggregate itself");
    }
    steps.add(CaseStep.of(kind, by, on));
  }

  /** Every step taken on the case, in order. */
  public List<CaseStep> steps() {
    return List.copyOf(steps);
  }

  /** May this user review the decision (and so claim or be assigned the review task)? */
  public PolicyDecision mayReview(String user, Set<nl.toeslagen.kernel.Role> roles) {
    return new DecisionReviewPolicy().mayReview(steps, user, roles);
  }

  private int draftVersions() {
    int n = 0;
    for (CaseStep s : steps) {
      if (s.kind() == CaseStep.Kind.DRAFT) {
        n = Math.max(n, s.draftVersion());
      }
    }
    return n;
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------------------------

  private void requireStage(Stage expected) {
    if (stage != expected) {
      throw new ConflictException(
          "Dit kan niet in de huidige fase van het bezwaar ("
              + stage
              + "; verwacht "
              + expected
              + ").",
          "Not possible in the current stage of the objection ("
              + stage
              + "; expected "
              + expected
              + ").");
    }
  }

  private void requireOpen() {
    new OpenCasePolicy().evaluate(stage).enforceAsConflict();
  }

  /**
   * Whether and when a missed deadline is reported again ({@link OverdueReportPolicy}): the
   * decision with its reasons, read by the deadline watch.
   */
  public PolicyDecision overdueReport() {
    return new OverdueReportPolicy().evaluate(stage);
  }

  /** The interval after which the model reports a missed deadline again (ISO-8601), or null. */
  public String overdueRepeatAfter() {
    return new OverdueReportPolicy().repeatAfter(stage);
  }

  public ObjectionId id() {
    return id;
  }

  /** The human-readable case number ({@code BZ-2026-000123}), shown next to the id. */
  public CaseNumber caseNumber() {
    return caseNumber;
  }

  public ObjectionIntake intake() {
    return intake;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDate objectionTermEnd() {
    return objectionTermEnd;
  }

  public Timeliness timeliness() {
    return timeliness;
  }

  public String excuseReason() {
    return excuseReason;
  }

  public DecisionTerm term() {
    return term;
  }

  public Stage stage() {
    return stage;
  }

  public Set<Requirement> missing() {
    return missing;
  }

  public RepairRequest repair() {
    return repair;
  }

  public LocalDate repairEndedOn() {
    return repairEndedOn;
  }

  public ContactOutcome contact() {
    return contact;
  }

  public Hearing hearing() {
    return hearing;
  }

  public ObjectionDecision decision() {
    return decision;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public String reviewRemarks() {
    return reviewRemarks;
  }

  public LocalDate noticeOfDefaultOn() {
    return noticeOfDefaultOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }
}
