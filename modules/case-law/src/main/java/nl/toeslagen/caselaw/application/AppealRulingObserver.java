package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.Appeals;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * A ruling registered with an {@code appealId} closes that appeal: the appeal records the ruling
 * (id, ECLI, date, outcome for the agency) and its process moves on (message {@value
 * AppealProcess#RULING_MESSAGE}), in the registering transaction. A ruling on an appeal that cannot
 * take one (a higher appeal before its check, a closed appeal) refuses the registration (409).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AppealRulingObserver {

  @Inject UnitOfWork work;
  @Inject Appeals appeals;

  void onRuling(@Observes RulingRegistered ruling) {
    if (ruling.appealId() == null || ruling.appealId().isBlank()) {
      return;
    }
    AppealId id;
    try {
      id = AppealId.of(ruling.appealId());
    } catch (ValidationException e) {
      throw new ValidationException(
          "appealId", "Het beroep is onbekend.", "The appeal is unknown.");
    }
    if (appeals.find(id).isEmpty()) {
      throw new ValidationException(
          "appealId", "Het beroep is onbekend.", "The appeal is unknown.");
    }
    work.change(
        AppealCase.kind(appeals),
        id,
        (a, change) -> {
          a.recordRuling(
              ruling.rulingId(),
              ruling.ecli(),
              ruling.date(),
              ruling.outcomeForAgency(),
              change.actor(),
              change.now());
          change
              .audit(
                  "APPEAL_RULING_RECORDED",
                  nl.toeslagen.kernel.Laws.awb("8:66"),
                  "Uitspraak "
                      + ruling.ecli()
                      + " van "
                      + ruling.date()
                      + " vastgelegd; uitkomst voor Dienst Toeslagen: "
                      + ruling.outcomeForAgency(),
                  "Ruling " + ruling.ecli() + " recorded: " + ruling.outcomeForAgency())
              .correlate(
                  AppealProcess.RULING_MESSAGE,
                  ProcessVariables.of(AppealProcess.DEADLINE, (String) null));
        },
        a -> a);
  }
}
