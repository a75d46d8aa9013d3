package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.ProposeClassification;
import nl.toeslagen.riskselection.application.RiskSelectionViews.ClassificationChangeView;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.ClassificationChangeRepository;
import nl.toeslagen.riskselection.domain.FeatureClassification;
import nl.toeslagen.riskselection.domain.SelectionFeature;
import nl.toeslagen.usecase.api.CaseKind;
import nl.toeslagen.usecase.api.UnitOfWork;

/** A privacy adviser proposes another classification for a feature, with a justification. */
@ApplicationScoped
@Transactional
public class ProposeClassificationHandler {

  @Inject UnitOfWork work;
  @Inject ClassificationChangeRepository changes;
  @Inject FeatureCatalogueService catalogues;

  static CaseKind<String, ClassificationChange> kind(ClassificationChangeRepository changes) {
    return new CaseKind<>(ClassificationChange.OBJECT_TYPE, changes, ClassificationChange::id);
  }

  public ClassificationChangeView handle(String featureCode, ProposeClassification cmd) {
    SelectionFeature feature =
        catalogues
            .current()
            .find(featureCode)
            .orElseThrow(() -> new NotFoundException("SELECTION_FEATURE", featureCode));
    FeatureClassification to = FeatureClassification.valueOf(cmd.classification());
    return work.create(
        kind(changes),
        change -> {
          ClassificationChange proposed =
              ClassificationChange.propose(
                  feature, to, cmd.justification().strip(), change.actor(), change.now());
          change.audit(
              "CLASSIFICATION_PROPOSED",
              "AVG art. 5 lid 2",
              "Kenmerk '"
                  + feature.code()
                  + "': "
                  + feature.classification()
                  + " → "
                  + to
                  + " — "
                  + cmd.justification(),
              "Feature '"
                  + feature.code()
                  + "': "
                  + feature.classification()
                  + " → "
                  + to
                  + " — "
                  + cmd.justification());
          return proposed;
        },
        ClassificationChangeView::of);
  }
}
