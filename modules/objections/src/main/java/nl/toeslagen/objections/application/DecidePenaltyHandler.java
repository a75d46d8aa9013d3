package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.objections.application.ObjectionCommands.DecidePenalty;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.ManifestFinding;
import nl.toeslagen.objections.domain.PenaltyDecision;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Sets the penalty for late decision by decision (Awb 4:18; PenaltyDecisionPolicy), with the
 * handler's finding under 4:17 lid 6; audits it, completes the {@code SetPenaltyTask} (after the
 * decision) or the {@code SetPenaltyOpenCaseTask} (cap reached while open) and sends the letter
 * stating the amount.
 */
@ApplicationScoped
@Transactional
public class DecidePenaltyHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid DecidePenalty cmd) {
    ManifestFinding finding =
        cmd.manifestly() == null || cmd.manifestly().isBlank()
            ? null
            : Fields.enumValue("manifestly", ManifestFinding.class, cmd.manifestly());
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          PenaltyDecision d =
              o.decidePenalty(finding, cmd.reasons(), change.actor().userName(), change.today());
          String why =
              d.finding() == null
                  ? ""
                  : " Geen dwangsom: " + d.finding().nl() + " (" + d.findingReasons() + ").";
          String whyEn =
              d.finding() == null
                  ? ""
                  : " No penalty: " + d.finding().en() + " (" + d.findingReasons() + ").";
          change
              .audit(
                  "PENALTY_DECIDED",
                  d.finding() == null ? Laws.awb("4:18") : Laws.awb("4:17"),
                  "Dwangsom vastgesteld op "
                      + d.amount().formatted()
                      + " ("
                      + d.fullWeeks()
                      + " volle weken, "
                      + d.firstPenaltyDay()
                      + " tot en met "
                      + d.lastPenaltyDay()
                      + ", maximaal "
                      + d.cap().formatted()
                      + ")."
                      + why,
                  "Penalty set at "
                      + d.amount().formatted()
                      + " ("
                      + d.fullWeeks()
                      + " full weeks, "
                      + d.firstPenaltyDay()
                      + " up to and including "
                      + d.lastPenaltyDay()
                      + ", at most "
                      + d.cap().formatted()
                      + ")."
                      + whyEn)
              .completeTask(
                  o.stage().closed()
                      ? ObjectionProcess.TASK_SET_PENALTY
                      : ObjectionProcess.TASK_SET_PENALTY_OPEN_CASE,
                  ProcessVariables.none())
              .sendLetter(
                  "PENALTY_DECISION",
                  "beschikking-dwangsom.pdf",
                  ObjectionLetters.penaltyDecision(o, change.today()));
        },
        views::of);
  }
}
