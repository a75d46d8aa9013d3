package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts a signal's category against its threshold once the transaction that recorded the signal
 * has committed ({@code AFTER_SUCCESS}: still in the thread of that change, before a request that
 * registered the signal answers), in a short transaction of its own ({@link
 * SignalService#evaluateThreshold}). A failure there is logged and never undoes or fails the change
 * that raised the signal (an objection intake, a hardship assessment, a signal registered by hand):
 * the signal stays behind no escalation and the category's next evaluation counts it along.
 */
@ApplicationScoped
public class SignalThresholdWatch {

  private static final Logger LOG = Logger.getLogger(SignalThresholdWatch.class.getName());

  @Inject SignalService signals;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalRecorded recorded) {
    try {
      signals.evaluateThreshold(recorded);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "Threshold evaluation of signal "
                  + recorded.signalId()
                  + " (category "
                  + recorded.category()
                  + ") failed; the category's next signal counts it along");
    }
  }
}
