package nl.toeslagen.caselaw.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyDecision;

/**
 * An appeal against an objection decision: beroep at a district court, then hoger beroep at the
 * Raad van State. The agency's steps are recorded with their terms: before a higher appeal the
 * professional line's check (can it still be solved with the citizen? — then it ends settled), the
 * statement of defence and the file to the court (four weeks, Awb 8:42), the hearing, and the
 * ruling from the rulings register.
 */
public final class Appeal {

  /** The whole state, as storage keeps it. */
  public record State(
      AppealId id,
      CaseNumber caseNumber,
      String objectionId,
      String objectionCaseNumber,
      LocalDate objectionDecidedOn,
      Set<String> objectionDrafters,
      Set<String> objectionReviewers,
      AppealLevel level,
      String court,
      String courtCaseNumber,
      LocalDate lodgedOn,
      AppealAppellant appellant,
      String previousAppealId,
      String registeredBy,
      Instant registeredAt,
      LocalDate defenceDueOn,
      LocalDate checkDueOn,
      AppealStatus status,
      AppealSteps.ProfessionalLineCheck check,
      AppealSteps.StatementOfDefence defence,
      AppealSteps.Hearing hearing,
      AppealSteps.Ruling ruling,
      Instant closedAt,
      long version) {

    public State {
      objectionDrafters = objectionDrafters == null ? Set.of() : Set.copyOf(objectionDrafters);
      objectionReviewers = objectionReviewers == null ? Set.of() : Set.copyOf(objectionReviewers);
    }
  }

  private final State lodged;
  private AppealStatus status;
  private AppealSteps.ProfessionalLineCheck check;
  private AppealSteps.StatementOfDefence defence;
  private AppealSteps.Hearing hearing;
  private AppealSteps.Ruling ruling;
  private Instant closedAt;

  /** Rebuilds an appeal from storage. */
  public Appeal(State state) {
    this.lodged = state;
    this.status = state.status();
    this.check = state.check();
    this.defence = state.defence();
    this.hearing = state.hearing();
    this.ruling = state.ruling();
    this.closedAt = state.closedAt();
  }

  /**
   * Records a new appeal against a decided objection ({@link AppealAdmissibilityPolicy}); a higher
   * appeal waits for the professional line's check first ({@link
   * AppealProfessionalLineCheckPolicy}), a beroep goes to the statement of defence.
   *
   * @param previousRulingDate the ruling of the earlier appeal, when recorded (the higher-appeal
   *     term runs from it), else {@code null}
   */
  public static Appeal lodge(
      AppealId id,
      CaseNumber caseNumber,
      AppealedDecision decision,
      AppealLevel level,
      String court,
      String courtCaseNumber,
      LocalDate lodgedOn,
      AppealAppellant appellant,
      String previousAppealId,
      LocalDate previousRulingDate,
      Actor actor,
      Instant now,
      LocalDate today,
      LegalCalendar calendar) {
    new AppealAdmissibilityPolicy().enforce(decision, level, court, lodgedOn, today);
    String number =
        new AppealInputPolicy()
            .text(
                "courtCaseNumber",
                courtCaseNumber,
                "het zaaknummer van de rechter",
                "the court's case number");
    boolean checked = new AppealProfessionalLineCheckPolicy().required(level);
    LocalDate checkDue =
        checked
            ? new AppealHigherAppealTermPolicy(calendar)
                .checkDueOn(previousRulingDate == null ? lodgedOn : previousRulingDate)
            : null;
    return new Appeal(
        new State(
            id,
            caseNumber,
            decision.objectionId(),
            decision.caseNumber(),
            decision.decidedOn(),
            decision.drafters(),
            decision.reviewers(),
            level,
            court.strip(),
            number,
            lodgedOn,
            appellant,
            previousAppealId,
            actor.userName(),
            now,
            new AppealDefenceTermPolicy(calendar).dueOn(lodgedOn),
            checkDue,
            checked ? AppealStatus.PROFESSIONAL_LINE_CHECK : AppealStatus.STATEMENT_OF_DEFENCE,
            null,
            null,
            null,
            null,
            null,
            0));
  }

  /**
   * The professional line's check of a higher appeal. Solvable with the citizen ends the appeal
   * settled (OPGELOST); otherwise the statement of defence follows.
   */
  public PolicyDecision recordCheck(
      boolean solvableWithCitizen,
      AppealSolution solution,
      String reasons,
      Actor checker,
      Instant now) {
    requireStatus(AppealStatus.PROFESSIONAL_LINE_CHECK, "getoetst", "checked");
    AppealProfessionalLineCheckPolicy policy = new AppealProfessionalLineCheckPolicy();
    PolicyDecision fourEyes = policy.evaluate(this, checker);
    fourEyes.enforce();
    String why =
        new AppealInputPolicy()
            .text("reasons", reasons, "waarom het beroep (niet) zinvol is", "why it is worth it");
    policy.finding(solvableWithCitizen, solution).enforceAsInvalid("solution");
    AppealSolution found = solution == null ? AppealSolution.GEEN : solution;
    this.check =
        new AppealSteps.ProfessionalLineCheck(
            solvableWithCitizen, found, why, checker.userName(), now);
    if (solvableWithCitizen) {
      status = AppealStatus.OPGELOST;
      closedAt = now;
    } else {
      status = AppealStatus.STATEMENT_OF_DEFENCE;
    }
    return fourEyes;
  }

  /** The statement of defence and the file, sent to the court. */
  public void recordDefence(
      LocalDate sentOn, String summary, Actor actor, Instant now, LocalDate today) {
    requireStatus(AppealStatus.STATEMENT_OF_DEFENCE, "verweerd", "defended");
    AppealInputPolicy input = new AppealInputPolicy();
    String text = input.text("summary", summary, "een samenvatting van het verweer", "a summary");
    input.day("sentOn", sentOn, lodged.lodgedOn(), today);
    this.defence = new AppealSteps.StatementOfDefence(sentOn, text, actor.userName(), now);
    status = AppealStatus.HEARING;
  }

  /** The hearing at the court. */
  public void recordHearing(
      LocalDate heldOn, String notes, Actor actor, Instant now, LocalDate today) {
    requireStatus(AppealStatus.HEARING, "ter zitting behandeld", "heard");
    AppealInputPolicy input = new AppealInputPolicy();
    String text = input.text("notes", notes, "wat er ter zitting besproken is", "the notes");
    input.day("heldOn", heldOn, lodged.lodgedOn(), today);
    this.hearing = new AppealSteps.Hearing(false, heldOn, text, null, actor.userName(), now);
    status = AppealStatus.AWAITING_RULING;
  }

  /** No hearing (e.g. the court decides without one, Awb 8:57), with the reason. */
  public void skipHearing(String reason, Actor actor, Instant now) {
    requireStatus(AppealStatus.HEARING, "ter zitting behandeld", "heard");
    String text =
        new AppealInputPolicy()
            .text("skipReason", reason, "waarom er geen zitting is", "why there is no hearing");
    this.hearing = new AppealSteps.Hearing(true, null, null, text, actor.userName(), now);
    status = AppealStatus.AWAITING_RULING;
  }

  /**
   * The court's ruling, from the rulings register: closes the appeal (UITSPRAAK). It may come
   * before the hearing is recorded (a ruling without a hearing), never before the professional
   * line's check of a higher appeal nor on a closed appeal.
   */
  public void recordRuling(
      String rulingId,
      String ecli,
      LocalDate date,
      String outcomeForAgency,
      Actor actor,
      Instant now) {
    if (status == AppealStatus.PROFESSIONAL_LINE_CHECK || status.closed()) {
      throw new ConflictException(
          "Bij dit beroep kan nu geen uitspraak worden vastgelegd: het staat op '"
              + status.labelNl()
              + "'.",
          "No ruling can be recorded on this appeal now: it is at '" + status.labelEn() + "'.");
    }
    if (date != null && date.isBefore(lodged.lodgedOn())) {
      throw new nl.toeslagen.kernel.ValidationException(
          "date",
          "De uitspraak ligt vóór het instellen van het beroep (" + lodged.lodgedOn() + ").",
          "The ruling lies before the appeal was lodged (" + lodged.lodgedOn() + ").");
    }
    this.ruling =
        new AppealSteps.Ruling(rulingId, ecli, date, outcomeForAgency, actor.userName(), now);
    status = AppealStatus.UITSPRAAK;
    closedAt = now;
  }

  /** Whether a ruling can be recorded now (the appeal's court procedure runs). */
  public boolean awaitsRuling() {
    return status != AppealStatus.PROFESSIONAL_LINE_CHECK && !status.closed();
  }

  private void requireStatus(AppealStatus expected, String nl, String en) {
    if (status != expected) {
      throw new ConflictException(
          "Dit beroep kan nu niet worden " + nl + ": het staat op '" + status.labelNl() + "'.",
          "This appeal cannot be " + en + " now: it is at '" + status.labelEn() + "'.");
    }
  }

  /** The state as storage keeps it. */
  public State state() {
    return new State(
        lodged.id(),
        lodged.caseNumber(),
        lodged.objectionId(),
        lodged.objectionCaseNumber(),
        lodged.objectionDecidedOn(),
        lodged.objectionDrafters(),
        lodged.objectionReviewers(),
        lodged.level(),
        lodged.court(),
        lodged.courtCaseNumber(),
        lodged.lodgedOn(),
        lodged.appellant(),
        lodged.previousAppealId(),
        lodged.registeredBy(),
        lodged.registeredAt(),
        lodged.defenceDueOn(),
        lodged.checkDueOn(),
        status,
        check,
        defence,
        hearing,
        ruling,
        closedAt,
        lodged.version());
  }

  /** The next due date of the open step, or {@code null} when none runs. */
  public LocalDate deadline() {
    return switch (status) {
      case PROFESSIONAL_LINE_CHECK -> lodged.checkDueOn();
      case STATEMENT_OF_DEFENCE -> lodged.defenceDueOn();
      default -> null;
    };
  }

  public AppealId id() {
    return lodged.id();
  }

  public CaseNumber caseNumber() {
    return lodged.caseNumber();
  }

  public String objectionId() {
    return lodged.objectionId();
  }

  public String objectionCaseNumber() {
    return lodged.objectionCaseNumber();
  }

  public LocalDate objectionDecidedOn() {
    return lodged.objectionDecidedOn();
  }

  public Set<String> objectionDrafters() {
    return lodged.objectionDrafters();
  }

  public Set<String> objectionReviewers() {
    return lodged.objectionReviewers();
  }

  public AppealLevel level() {
    return lodged.level();
  }

  public String court() {
    return lodged.court();
  }

  public String courtCaseNumber() {
    return lodged.courtCaseNumber();
  }

  public LocalDate lodgedOn() {
    return lodged.lodgedOn();
  }

  public AppealAppellant appellant() {
    return lodged.appellant();
  }

  public String previousAppealId() {
    return lodged.previousAppealId();
  }

  public String registeredBy() {
    return lodged.registeredBy();
  }

  public Instant registeredAt() {
    return lodged.registeredAt();
  }

  public LocalDate defenceDueOn() {
    return lodged.defenceDueOn();
  }

  public LocalDate checkDueOn() {
    return lodged.checkDueOn();
  }

  public AppealStatus status() {
    return status;
  }

  public AppealSteps.ProfessionalLineCheck check() {
    return check;
  }

  public AppealSteps.StatementOfDefence defence() {
    return defence;
  }

  public AppealSteps.Hearing hearing() {
    return hearing;
  }

  public AppealSteps.Ruling ruling() {
    return ruling;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public long version() {
    return lodged.version();
  }
}
