package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.Review;
import nl.toeslagen.riskselection.application.RiskSelectionViews.ClassificationChangeView;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.ClassificationChangeRepository;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * A second privacy adviser approves or rejects a proposed classification; an approved one takes
 * effect for rule sets registered from then on (active rule sets keep the approval they had).
 */
@ApplicationScoped
@Transactional
public class DecideClassificationHandler {

  @Inject UnitOfWork work;
  @Inject ClassificationChangeRepository changes;

  public ClassificationChangeView handle(String changeId, Review cmd) {
    String id = CaseId.ofPath(changeId, ClassificationChange.OBJECT_TYPE).value();
    return work.change(
        ProposeClassificationHandler.kind(changes),
        id,
        (proposed, change) -> {
          proposed.decide(cmd.approved(), cmd.reasons(), change.actor(), change.now());
          change.audit(
              cmd.approved() ? "CLASSIFICATION_APPROVED" : "CLASSIFICATION_REJECTED",
              "AVG art. 5 lid 2",
              "Kenmerk '"
                  + proposed.feature()
                  + "' "
                  + proposed.from()
                  + " → "
                  + proposed.to()
                  + (cmd.approved() ? " goedgekeurd" : " afgewezen")
                  + " — "
                  + cmd.reasons(),
              "Feature '"
                  + proposed.feature()
                  + "' "
                  + proposed.from()
                  + " → "
                  + proposed.to()
                  + (cmd.approved() ? " approved" : " rejected")
                  + " — "
                  + cmd.reasons());
        },
        ClassificationChangeView::of);
  }
}
