package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Locale;
import nl.toeslagen.caselaw.application.AppealViews.AppealDetails;
import nl.toeslagen.caselaw.domain.Appeal;
import nl.toeslagen.caselaw.domain.AppealAdmissibilityPolicy;
import nl.toeslagen.caselaw.domain.AppealAppellant;
import nl.toeslagen.caselaw.domain.AppealDefenceTermPolicy;
import nl.toeslagen.caselaw.domain.AppealHigherAppealTermPolicy;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.AppealInputPolicy;
import nl.toeslagen.caselaw.domain.AppealLevel;
import nl.toeslagen.caselaw.domain.AppealProfessionalLineCheckPolicy;
import nl.toeslagen.caselaw.domain.AppealSolution;
import nl.toeslagen.caselaw.domain.AppealStatus;
import nl.toeslagen.caselaw.domain.AppealedDecision;
import nl.toeslagen.caselaw.domain.Appeals;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.objections.api.DecidedObjections;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The steps of an appeal: lodging it against an objection decision, the professional line's check
 * of a higher appeal, the statement of defence, the hearing. Each runs on the shared unit of work:
 * the domain decides, the change is saved, audited, and the appeal's task completed in one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class AppealService {

  /** The object type of objections in the audit trail (for a 404 on an unknown objection). */
  static final String OBJECTION = "OBJECTION";

  @Inject UnitOfWork work;
  @Inject Appeals appeals;
  @Inject DecidedObjections objections;
  @Inject LegalCalendar calendar;
  @Inject AppealQueries queries;

  /** Lodges an appeal against the decision on objection {@code objectionId}. */
  public AppealDetails lodge(String objectionId, @NotNull @Valid AppealCommands.AppealLodge cmd) {
    String objection = CaseId.ofPath(objectionId, OBJECTION).value();
    AppealInputPolicy input = new AppealInputPolicy();
    AppealLevel level = input.code(AppealLevel.class, "level", cmd.level());
    AppealAppellant appellant = input.code(AppealAppellant.class, "appellant", cmd.appellant());
    String court = cmd.court() == null ? null : cmd.court().strip().toUpperCase(Locale.ROOT);
    DecidedObjections.DecidedObjection decided =
        objections.find(objection).orElseThrow(() -> new NotFoundException(OBJECTION, objection));
    AppealedDecision decision =
        new AppealedDecision(
            decided.id(),
            decided.caseNumber(),
            decided.decided(),
            decided.stage(),
            decided.decidedOn(),
            decided.draftedBy(),
            decided.reviewedBy());
    String previous =
        cmd.previousAppealId() == null || cmd.previousAppealId().isBlank()
            ? null
            : cmd.previousAppealId().strip().toLowerCase(Locale.ROOT);
    return work.create(
        AppealCase.kind(appeals),
        change -> {
          AppealAdmissibilityPolicy admissibility = new AppealAdmissibilityPolicy();
          PolicyDecision onObjection;
          try {
            onObjection =
                admissibility.enforce(decision, level, court, cmd.lodgedOn(), change.today());
          } catch (PolicyViolationException e) {
            // filed under the objection: that is what the refused appeal was about
            throw e.about(OBJECTION, objection);
          }
          LocalDate previousRuling = null;
          PolicyDecision onPrevious = null;
          if (previous != null) {
            Appeal earlier = appeals.find(AppealId.of(previous)).orElse(null);
            onPrevious =
                admissibility.previousAppeal(
                    level,
                    objection,
                    earlier == null ? null : earlier.objectionId(),
                    earlier == null ? null : earlier.level());
            onPrevious.enforceAsInvalid("previousAppealId");
            previousRuling = earlier.ruling() == null ? null : earlier.ruling().date();
          }
          Appeal a =
              Appeal.lodge(
                  AppealId.generate(),
                  appeals.nextCaseNumber(change.today().getYear()),
                  decision,
                  level,
                  court,
                  cmd.courtCaseNumber(),
                  cmd.lodgedOn(),
                  appellant,
                  previous,
                  previousRuling,
                  change.actor(),
                  change.now(),
                  change.today(),
                  calendar);
          change
              .audit(
                  "APPEAL_LODGED",
                  onObjection.basis(),
                  a.level().labelNl()
                      + " bij "
                      + a.court()
                      + " ("
                      + a.courtCaseNumber()
                      + "), ingesteld op "
                      + a.lodgedOn()
                      + " door "
                      + a.appellant().labelNl()
                      + ". "
                      + onObjection.policy()
                      + ": "
                      + onObjection.reasonNl(),
                  a.level().labelEn() + " at " + a.court() + ": " + onObjection.reasonEn())
              .audit(
                  "APPEAL_TERMS_SET", new AppealDefenceTermPolicy(calendar).explain(a.lodgedOn()));
          if (a.checkDueOn() != null) {
            change.audit(
                "APPEAL_TERMS_SET",
                new AppealHigherAppealTermPolicy(calendar)
                    .explain(
                        previousRuling == null ? a.lodgedOn() : previousRuling,
                        previousRuling != null));
          }
          change.startProcess(
              AppealProcess.PROCESS_KEY,
              ProcessVariables.of(AppealProcess.APPEAL_ID, a.id().value())
                  .and(AppealProcess.LEVEL, a.level().name())
                  .and(AppealCase.taskListVariables(a)));
          return a;
        },
        AppealDetails::of);
  }

  /** The professional line's check before a higher appeal (four eyes). */
  public AppealDetails check(String appealId, @NotNull @Valid AppealCommands.AppealCheck cmd) {
    AppealSolution solution =
        cmd.solution() == null || cmd.solution().isBlank()
            ? null
            : new AppealInputPolicy().code(AppealSolution.class, "solution", cmd.solution());
    AppealId id = AppealId.ofPath(appealId);
    work.change(
        AppealCase.kind(appeals),
        id,
        (a, change) -> {
          PolicyDecision fourEyes =
              a.recordCheck(
                  cmd.solvableWithCitizen(), solution, cmd.reasons(), change.actor(), change.now());
          PolicyDecision finding =
              new AppealProfessionalLineCheckPolicy()
                  .finding(a.check().solvableWithCitizen(), a.check().solution());
          change
              .audit("APPEAL_PROFESSIONAL_LINE_CHECKED", fourEyes)
              .audit(
                  a.status() == AppealStatus.OPGELOST ? "APPEAL_SETTLED" : "APPEAL_CONTINUED",
                  finding.basis(),
                  finding.policy() + ": " + finding.reasonNl() + " Waarom: " + a.check().reasons(),
                  finding.policy() + ": " + finding.reasonEn())
              .completeTask(
                  AppealProcess.CHECK_TASK,
                  ProcessVariables.of(AppealProcess.SOLVABLE, a.check().solvableWithCitizen())
                      .and(AppealCase.taskListVariables(a)));
        },
        a -> a);
    return queries.details(id);
  }

  /** The statement of defence and the file, sent to the court. */
  public AppealDetails defence(String appealId, @NotNull @Valid AppealCommands.AppealDefence cmd) {
    AppealId id = AppealId.ofPath(appealId);
    work.change(
        AppealCase.kind(appeals),
        id,
        (a, change) -> {
          a.recordDefence(
              cmd.sentOn(), cmd.summary(), change.actor(), change.now(), change.today());
          boolean inTime = !a.defence().sentOn().isAfter(a.defenceDueOn());
          change
              .audit(
                  "APPEAL_DEFENCE_SENT",
                  Laws.awb("8:42"),
                  "Verweerschrift en stukken verzonden op "
                      + a.defence().sentOn()
                      + (inTime ? " (binnen de termijn van " : " (na de termijn van ")
                      + a.defenceDueOn()
                      + "): "
                      + a.defence().summary(),
                  "Statement of defence sent on " + a.defence().sentOn())
              .completeTask(AppealProcess.DEFENCE_TASK, AppealCase.taskListVariables(a));
        },
        a -> a);
    return queries.details(id);
  }

  /** The hearing at the court, or why there is none. */
  public AppealDetails hearing(String appealId, @NotNull @Valid AppealCommands.AppealHearing cmd) {
    AppealId id = AppealId.ofPath(appealId);
    boolean skipped = Boolean.TRUE.equals(cmd.skipped());
    work.change(
        AppealCase.kind(appeals),
        id,
        (a, change) -> {
          if (skipped) {
            a.skipHearing(cmd.skipReason(), change.actor(), change.now());
            change.audit(
                "APPEAL_HEARING_SKIPPED",
                Laws.awb("8:57"),
                "Geen zitting: " + a.hearing().skipReason(),
                "No hearing");
          } else {
            a.recordHearing(
                cmd.heldOn(), cmd.notes(), change.actor(), change.now(), change.today());
            change.audit(
                "APPEAL_HEARING_HELD",
                Laws.awb("8:56"),
                "Zitting op " + a.hearing().heldOn() + ": " + a.hearing().notes(),
                "Hearing on " + a.hearing().heldOn());
          }
          change.completeTask(AppealProcess.HEARING_TASK, AppealCase.taskListVariables(a));
        },
        a -> a);
    return queries.details(id);
  }
}
