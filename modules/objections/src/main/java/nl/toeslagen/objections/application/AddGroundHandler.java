package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.objections.application.ObjectionCommands.AddGround;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.GroundSource;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * Adds a ground received after intake, with its date and source (AddedGroundPolicy): after a repair
 * request, at the hearing or in writing; not once the decision is sent (409). The decision must
 * answer it (DecisionReasoningPolicy).
 */
@ApplicationScoped
@Transactional
public class AddGroundHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid AddGround cmd) {
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          GroundSource source = Fields.enumValue("source", GroundSource.class, cmd.source());
          PolicyDecision d =
              o.addGround(
                  cmd.text(), cmd.receivedOn(), source, change.actor().userName(), change.today());
          o.recordStep(CaseStep.Kind.GROUND_ADDED, change.actor().userName(), change.today());
          change.audit("OBJECTION_GROUND_ADDED", d);
        },
        views::of);
  }
}
