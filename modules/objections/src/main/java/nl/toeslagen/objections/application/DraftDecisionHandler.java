package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.objections.application.ObjectionCommands.DraftDecision;
import nl.toeslagen.objections.domain.CitizenEffect;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Drafts (or re-drafts) the decision; DecisionReviewRequiredPolicy decides whether four-eyes review
 * follows, and its decision routes the process ({@code reviewRequired}); the reviewers are notified
 * when it does.
 */
@ApplicationScoped
@Transactional
public class DraftDecisionHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;
  @Inject Notifications notifications;

  public ObjectionView handle(@NotNull @Valid DraftDecision cmd) {
    List<GroundAnswer> answers =
        cmd.answers().stream()
            .map(a -> new GroundAnswer(a.ground(), a.upheld(), a.reasons()))
            .toList();
    List<LegalReference> refs = cmd.legalReferences().stream().map(LegalReference::parse).toList();
    List<Ecli> caseLaw = cmd.caseLaw().stream().map(Ecli::parse).toList();
    CitizenEffect effect = null;
    if (cmd.effect() != null) {
      ObjectionCommands.Effect e = cmd.effect();
      effect =
          new CitizenEffect(
              amount(e.newAmount()),
              e.recoveryDropped(),
              amount(e.amountAtStake()),
              e.description());
    }
    DecisionOutcome outcome = Fields.enumValue("outcome", DecisionOutcome.class, cmd.outcome());
    CitizenEffect citizenEffect = effect;
    return work.change(
        cases.kind(),
        ObjectionCases.id(cmd.objection()),
        (o, change) -> {
          PolicyDecision review =
              o.draftDecision(
                  outcome,
                  cmd.reasons(),
                  answers,
                  refs,
                  caseLaw,
                  citizenEffect,
                  change.actor().userName(),
                  change.today());
          change
              .audit(
                  "DECISION_DRAFTED",
                  refs.isEmpty() ? null : refs.get(0),
                  outcome + "; " + review.reasonNl() + ". " + cmd.reasons(),
                  outcome + "; " + review.reasonEn() + ". " + cmd.reasons())
              .completeTask(
                  ObjectionProcess.TASK_DRAFT,
                  ProcessVariables.of(ObjectionProcess.REVIEW_REQUIRED, review.allowed()));
          if (review.allowed()) {
            notifications.send(ObjectionNotices.reviewRequested(o, change.actor().userName()));
          }
        },
        views::of);
  }

  private static Money amount(String euros) {
    return euros == null || euros.isBlank() ? null : Money.ofEuros(euros);
  }
}
