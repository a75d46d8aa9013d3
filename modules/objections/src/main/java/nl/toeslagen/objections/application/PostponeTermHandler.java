package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.objections.application.ObjectionCommands.PostponeTerm;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.usecase.api.UnitOfWork;

/** Postpones the decision term with the objector's consent (TermChangePolicy, Awb 7:10 lid 4). */
@ApplicationScoped
@Transactional
public class PostponeTermHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid PostponeTerm cmd) {
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          var before = o.term().deadline();
          o.postponeWithConsent(change.today(), cmd.newDeadline(), cmd.consent(), cases.terms());
          o.recordStep(CaseStep.Kind.TERM_POSTPONED, change.actor().userName(), change.today());
          TermChanges.record(change, cases, o, "DECISION_TERM_POSTPONED_WITH_CONSENT", before);
        },
        views::of);
  }
}
