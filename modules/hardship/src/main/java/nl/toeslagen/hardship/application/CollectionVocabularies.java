package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.toeslagen.hardship.domain.CollectionArrangement;
import nl.toeslagen.hardship.domain.RecoveryKind;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;

/** Every code of the collection rules the UI shows, with the domain's own label. */
@ApplicationScoped
public class CollectionVocabularies implements VocabularySet {

  @Override
  public String context() {
    return CollectionPolicies.CONTEXT;
  }

  @Override
  public String contextNl() {
    return "Invordering";
  }

  @Override
  public String contextEn() {
    return "Collection";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of(
            "recoveryKinds", RecoveryKind.class, RecoveryKind::labelNl, RecoveryKind::labelEn),
        Vocabulary.of(
            "arrangements",
            CollectionArrangement.class,
            CollectionArrangement::labelNl,
            CollectionArrangement::labelEn),
        Vocabulary.ofCodes(
            "auditActions", Map.of(CollectionAssessmentService.ASSESSED, "Invordering beoordeeld")),
        Vocabulary.ofCodes(
            "auditObjectTypes",
            Map.of(CollectionAssessmentService.OBJECT_TYPE, "Beoordeling van de invordering")));
  }
}
