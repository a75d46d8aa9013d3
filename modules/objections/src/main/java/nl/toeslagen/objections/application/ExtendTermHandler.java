package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.objections.application.ObjectionCommands.ExtendTerm;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.usecase.api.UnitOfWork;

/** Extends the decision term once by six weeks (TermChangePolicy, Awb 7:10 lid 3). */
@ApplicationScoped
@Transactional
public class ExtendTermHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid ExtendTerm cmd) {
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          var before = o.term().deadline();
          o.extend(change.today(), cmd.reasons(), cases.terms());
          o.recordStep(CaseStep.Kind.TERM_EXTENDED, change.actor().userName(), change.today());
          TermChanges.record(change, cases, o, "DECISION_TERM_EXTENDED", before);
        },
        views::of);
  }
}
