package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.objections.application.ObjectionCommands.AssessAdmissibility;
import nl.toeslagen.objections.domain.AdmissibilityAssessment;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Assesses admissibility (after excusing a late objection, when a reason is given): the
 * AdmissibilityPolicy's outcome routes the process; while a repair period runs it is refused (409).
 */
@ApplicationScoped
@Transactional
public class AssessAdmissibilityHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid AssessAdmissibility cmd) {
    var missing = ObjectionCases.requirements("missing", cmd.missing());
    String excuse = cmd.excuseReason();
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          String by = change.actor().userName();
          if (excuse != null && !excuse.isBlank()) {
            PolicyDecision d = o.excuseLateness(excuse);
            o.recordStep(CaseStep.Kind.LATENESS_EXCUSED, by, change.today());
            change.audit("LATENESS_EXCUSED", d.basis(), d.reasonNl(), d.reasonEn());
          }
          AdmissibilityAssessment a =
              o.assessAdmissibility(missing, cmd.repairDueDate(), change.today());
          o.recordStep(CaseStep.Kind.ADMISSIBILITY, by, change.today());
          change
              .audit(
                  "ADMISSIBILITY_ASSESSED",
                  a.basis(),
                  a.outcome() + ": " + a.reasonNl(),
                  a.outcome() + ": " + a.reasonEn())
              .completeTask(
                  ObjectionProcess.TASK_ADMISSIBILITY,
                  ProcessVariables.of(ObjectionProcess.ADMISSIBILITY, a.outcome().name()));
        },
        views::of);
  }
}
