package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.objections.application.ObjectionCommands.RegisterNoticeOfDefault;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.PenaltyAssessment;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * Registers a notice of default (NoticeOfDefaultPolicy: once, not in the future; PenaltyPolicy:
 * only after the deadline); the running penalty is audited with it.
 */
@ApplicationScoped
@Transactional
public class RegisterNoticeOfDefaultHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid RegisterNoticeOfDefault cmd) {
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          PolicyDecision d = o.registerNoticeOfDefault(cmd.receivedOn(), change.today());
          o.recordStep(CaseStep.Kind.NOTICE_OF_DEFAULT, change.actor().userName(), change.today());
          PenaltyAssessment penalty = o.penalty(change.today());
          change.audit(
              "NOTICE_OF_DEFAULT_REGISTERED",
              d.basis(),
              d.reasonNl() + " " + penalty.reasonNl(),
              d.reasonEn() + " " + penalty.reasonEn());
          if (penalty.lastPenaltyDay() != null) {
            // the penalty watch: should the cap be reached while the case is still open, the
            // handler sets the penalty within two weeks after its last day (Awb 4:18)
            change.correlate(
                ObjectionProcess.MESSAGE_NOTICE_OF_DEFAULT,
                PenaltyWatchHandler.watchVariables(penalty.lastPenaltyDay(), cases.terms()));
          }
        },
        views::of);
  }
}
