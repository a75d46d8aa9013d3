package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.DeterminationStatus;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.workflow.api.ProcessModels;

/**
 * Every code of the fraud review (intensief toezicht) the UI shows, with the domain's own label,
 * for {@code GET /api/labels}.
 */
@ApplicationScoped
public class FraudReviewVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "fraud-review";
  }

  @Override
  public String contextNl() {
    return "Intensief toezicht";
  }

  @Override
  public String contextEn() {
    return "Fraud review";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of(
            "benefitTypes", BenefitType.class, BenefitType::labelNl, BenefitType::labelEn),
        Vocabulary.of("phases", Phase.class, Phase::nl, Phase::en),
        Vocabulary.of("conclusions", Conclusion.class, Conclusion::labelNl, Conclusion::labelEn),
        Vocabulary.of(
            "signalSources", SignalSource.class, SignalSource::labelNl, SignalSource::labelEn),
        Vocabulary.of("priorities", Priority.class, Priority::labelNl, Priority::labelEn),
        Vocabulary.of(
            "determinationStatuses",
            DeterminationStatus.class,
            DeterminationStatus::labelNl,
            DeterminationStatus::labelEn),
        Vocabulary.ofCodes("tasks", ProcessModels.userTaskNames(FraudReviewProcess.CONTRACT)),
        Vocabulary.ofCodes(
            "letterKinds",
            Map.of(
                ZienswijzeRequestLetter.KIND, "Verzoek om zienswijze",
                OutcomeLetter.KIND, "Uitkomst van het onderzoek")));
  }
}
