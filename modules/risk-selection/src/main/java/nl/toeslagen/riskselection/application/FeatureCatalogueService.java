package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.toeslagen.riskselection.domain.ClassificationChangeRepository;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;

/** The feature catalogue as it stands: the standard one with the approved changes applied. */
@ApplicationScoped
public class FeatureCatalogueService {

  @Inject ClassificationChangeRepository changes;

  public FeatureCatalogue current() {
    return FeatureCatalogue.withChanges(changes.approved());
  }
}
