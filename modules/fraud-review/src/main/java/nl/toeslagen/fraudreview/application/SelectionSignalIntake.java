package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toeslagen.fraudreview.api.SelectionSignals;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.SignalSource;

/**
 * Registers the signals of a selection run through the same handler a supervision officer uses, so
 * each is a signal like any other: audited, with its FraudReview process and four-eyes review.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SelectionSignalIntake implements SelectionSignals {

  private static final Set<String> BENEFIT_TYPES =
      Arrays.stream(BenefitType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  @Inject RegisterSignalHandler registration;

  @Override
  public Set<String> benefitTypes() {
    return BENEFIT_TYPES;
  }

  @Override
  public String open(SelectedCase selectedCase) {
    String text = selectedCase.explanation();
    if (text.length() > SignalCommands.LONG_TEXT) {
      text = text.substring(0, SignalCommands.LONG_TEXT - 1) + "…";
    }
    return registration
        .handle(
            new RegisterSignal(
                selectedCase.bsn(),
                selectedCase.benefitType(),
                (selectedCase.selected() ? SignalSource.SELECTIERUN : SignalSource.STEEKPROEF)
                    .name(),
                text,
                selectedCase.legalBasis(),
                null))
        .id();
  }
}
