package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.objections.application.ObjectionCommands.EndRepair;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.DecisionTerm;
import nl.toeslagen.objections.domain.TermChange;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Ends the repair period (repaired, or lapsed unused; RepairPeriodPolicy): the decision term moves
 * by the suspended days (Awb 7:10 lid 2), the objector is told in writing when the deadline moved,
 * and the timers follow.
 */
@ApplicationScoped
@Transactional
public class EndRepairHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid EndRepair cmd) {
    var stillMissing =
        cmd.stillMissing() == null
            ? null
            : ObjectionCases.requirements("stillMissing", cmd.stillMissing());
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          LocalDate before = o.term().deadline();
          DecisionTerm term =
              o.endRepair(cmd.repairedOn(), stillMissing, change.today(), cases.terms());
          o.recordStep(CaseStep.Kind.REPAIR_ENDED, change.actor().userName(), change.today());
          List<TermChange> changes = term.changes();
          TermChange moved = changes.get(changes.size() - 1);
          change.audit(
              "DECISION_TERM_SUSPENDED",
              moved.kind().basis(),
              moved.reasons() + " Beslisdatum " + before + " -> " + term.deadline() + ".",
              moved.reasons() + " Decision deadline " + before + " -> " + term.deadline() + ".");
          if (!term.deadline().equals(before)) {
            // every change of the decision term is told to the objector in writing
            change.sendLetter(
                ObjectionLetters.termChangeEvent(changes.size(), moved.kind()),
                "beslistermijn-" + changes.size() + ".pdf",
                ObjectionLetters.termChange(o, moved, change.today()));
          }
          change
              .completeTask(ObjectionProcess.TASK_AWAIT_REPAIR, ProcessVariables.none())
              .correlateIfRunning(
                  ObjectionProcess.MESSAGE_DEADLINE_CHANGED, cases.timerVariables(o));
        },
        views::of);
  }
}
