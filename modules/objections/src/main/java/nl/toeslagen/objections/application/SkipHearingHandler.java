package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.objections.application.ObjectionCommands.SkipHearing;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingSkipReason;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/** Records why the objector is not heard (Awb 7:3 a–e); the case moves on to drafting. */
@ApplicationScoped
@Transactional
public class SkipHearingHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid SkipHearing cmd) {
    Hearing skipped =
        Hearing.skipped(
            Fields.enumValue("reason", HearingSkipReason.class, cmd.reason()), cmd.explanation());
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          o.skipHearing(skipped);
          o.recordStep(CaseStep.Kind.HEARING_SKIPPED, change.actor().userName(), change.today());
          HearingSkipReason r = skipped.skipReason();
          change
              .audit(
                  "HEARING_SKIPPED",
                  Laws.awb("7:3"),
                  "Onder " + r.letter() + ": " + r.nl() + ". " + skipped.skipExplanation(),
                  "Under " + r.letter() + ": " + r.en() + ". " + skipped.skipExplanation())
              .completeTask(
                  ObjectionProcess.TASK_HEARING,
                  ProcessVariables.of(ObjectionProcess.HEARING_SKIPPED, true));
        },
        views::of);
  }
}
