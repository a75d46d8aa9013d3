package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.Appeals;
import nl.toeslagen.kernel.ValidationException;

/** {@link AppealLookup} from the appeals' storage: a text that is no id names no appeal. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AppealFactsLookup implements AppealLookup {

  @Inject Appeals appeals;

  @Override
  public Optional<AppealFacts> find(String appealId) {
    AppealId id;
    try {
      id = AppealId.of(appealId);
    } catch (ValidationException e) {
      return Optional.empty();
    }
    return appeals
        .find(id)
        .map(
            a ->
                new AppealFacts(
                    a.id().value(),
                    a.objectionId(),
                    a.level().name(),
                    a.lodgedOn(),
                    a.court(),
                    a.courtCaseNumber()));
  }
}
