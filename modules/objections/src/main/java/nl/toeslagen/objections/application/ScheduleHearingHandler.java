package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.objections.application.ObjectionCommands.ScheduleHearing;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingDatePolicy;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/** Plans the hearing (not in the past: HearingDatePolicy); the process sends the invitation. */
@ApplicationScoped
@Transactional
public class ScheduleHearingHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid ScheduleHearing cmd) {
    Hearing planned =
        Hearing.scheduled(
            cmd.scheduledAt(),
            Fields.enumValue("mode", HearingMode.class, cmd.mode()),
            cmd.place(),
            cmd.objectorAgreedToShortNotice(),
            cmd.shortNoticeNote());
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          PolicyDecision date =
              new HearingDatePolicy()
                  .evaluate(planned.scheduledAt(), change.today(), planned.shortNoticeConsent());
          o.scheduleHearing(planned, change.today());
          o.recordStep(CaseStep.Kind.HEARING_SCHEDULED, change.actor().userName(), change.today());
          String text = planned.scheduledAt() + " " + planned.mode() + " " + planned.place();
          change
              .audit("HEARING_SCHEDULED", Laws.awb("7:2"), text, text)
              .audit("HEARING_DATE_ASSESSED", date)
              .completeTask(
                  ObjectionProcess.TASK_HEARING,
                  ProcessVariables.of(ObjectionProcess.HEARING_SKIPPED, false));
        },
        views::of);
  }
}
