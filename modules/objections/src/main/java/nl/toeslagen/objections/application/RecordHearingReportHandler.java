package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.objections.application.ObjectionCommands.RecordHearingReport;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Records the report of the hearing held, on or after its day (HearingReportDatePolicy, 409); the
 * case moves on to drafting.
 */
@ApplicationScoped
@Transactional
public class RecordHearingReportHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid RecordHearingReport cmd) {
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          var onTime = o.recordHearingReport(cmd.report(), change.today());
          o.recordStep(CaseStep.Kind.HEARING_REPORT, change.actor().userName(), change.today());
          change
              .audit("HEARING_HELD", Laws.awb("7:2"), "Verslag vastgelegd", "Report recorded")
              .audit("HEARING_REPORT_DATE_ASSESSED", onTime)
              .completeTask(ObjectionProcess.TASK_HOLD_HEARING, ProcessVariables.none());
        },
        views::of);
  }
}
