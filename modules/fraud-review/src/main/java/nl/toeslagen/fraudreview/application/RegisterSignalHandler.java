package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.application.SignalViews.Created;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/** A supervision officer registers a signal; its FraudReview process starts. */
@ApplicationScoped
@Transactional
public class RegisterSignalHandler {

  @Inject UnitOfWork work;
  @Inject SignalRepository signals;

  public Created handle(RegisterSignal cmd) {
    return work.create(
        SignalCase.kind(signals),
        change -> {
          Signal signal =
              Signal.register(
                  SignalId.generate(),
                  signals.nextCaseNumber(change.today().getYear()),
                  cmd.bsn() == null ? null : Bsn.of(cmd.bsn()),
                  SignalCase.parse(BenefitType.class, "benefitType", cmd.benefitType()),
                  SignalCase.parse(SignalSource.class, "source", cmd.source()),
                  cmd.description(),
                  cmd.legalBasis(),
                  cmd.retentionDate(),
                  change.actor(),
                  change.now(),
                  change.today());
          SignalCase.note(
              change,
              "SIGNAL_REGISTERED",
              signal.processingBasis(),
              "Bron/source "
                  + signal.source()
                  + ", toeslag/benefit "
                  + signal.benefitType()
                  + ", bewaren tot/retain until "
                  + signal.retentionDate());
          change.startProcess(
              FraudReviewProcess.PROCESS_KEY,
              ProcessVariables.of(FraudReviewProcess.SIGNAL_ID, signal.id().value())
                  .and(SignalCase.taskListVariables(signal)));
          return signal;
        },
        signal ->
            new Created(
                signal.id().value(), signal.caseNumber().toString(), signal.phase().name()));
  }
}
