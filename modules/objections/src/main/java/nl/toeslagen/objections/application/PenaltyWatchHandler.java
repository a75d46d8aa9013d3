package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionTerms;
import nl.toeslagen.objections.domain.PenaltyAssessment;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The penalty decision of Awb 4:18 in the process, as the system: whether the handler must set the
 * penalty after the decision (and by when), and the report when that term has passed.
 */
@ApplicationScoped
@Transactional
public class PenaltyWatchHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject Clock clock;

  /**
   * The last day to set the penalty by decision (two weeks after its last day due, Algemene
   * termijnenwet), or {@code null} when no penalty decision is required.
   */
  public LocalDate penaltyDecisionDue(ObjectionId id) {
    Objection o = work.load(cases.kind(), id);
    LocalDate today = LocalDate.now(clock.withZone(DateRange.ZONE));
    if (!o.penaltyDecisionRequired(today)) {
      return null;
    }
    return cases.terms().penaltyDecisionDue(o.penalty(today).lastPenaltyDay());
  }

  /**
   * The variables of the penalty watch for a penalty whose last possible day is {@code lastDay}:
   * the moment it has reached its cap and the last day to set it.
   */
  static ProcessVariables watchVariables(LocalDate lastDay, ObjectionTerms terms) {
    return ProcessVariables.of(
            ObjectionProcess.PENALTY_CAP_REACHED_AT,
            Date.from(lastDay.plusDays(1).atTime(8, 0).atZone(ObjectionCases.ZONE).toInstant()))
        .and(ObjectionProcess.PENALTY_DECISION_DUE_AT, endOf(terms.penaltyDecisionDue(lastDay)));
  }

  /** The end of {@code day} as the timer date of the model. */
  static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59).atZone(ObjectionCases.ZONE).toInstant());
  }

  /** The two weeks of Awb 4:18 have passed without a penalty decision: reported to the manager. */
  public void penaltyDecisionOverdue(ObjectionId id) {
    work.report(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) -> {
          PenaltyAssessment p = o.penalty(change.today());
          LocalDate due =
              p.lastPenaltyDay() == null
                  ? null
                  : cases.terms().penaltyDecisionDue(p.lastPenaltyDay());
          change.audit(
              "PENALTY_DECISION_OVERDUE",
              Laws.awb("4:18"),
              "De dwangsom is niet binnen twee weken na de laatste dag ("
                  + p.lastPenaltyDay()
                  + ") vastgesteld; uiterlijk "
                  + due
                  + ". Gemeld aan TEAMLEIDER.",
              "The penalty was not set within two weeks after its last day ("
                  + p.lastPenaltyDay()
                  + "); due "
                  + due
                  + ". Reported to TEAMLEIDER.");
        });
  }
}
