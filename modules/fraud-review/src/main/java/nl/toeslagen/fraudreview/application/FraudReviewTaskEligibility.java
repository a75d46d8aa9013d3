package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.SignalSearchByBsnPolicy;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.TaskEligibility;

/**
 * Who may claim or be assigned a fraud-review task: an approval task only someone the four-eyes
 * rules allow to review the pending determination ({@link Signal#mayReview}); other tasks need only
 * the candidate role, which the caller checks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FraudReviewTaskEligibility implements TaskEligibility {

  @Inject SignalRepository signals;

  @Override
  public Set<String> processKeys() {
    return Set.of(FraudReviewProcess.PROCESS_KEY);
  }

  @Override
  public String objectType() {
    return SignalAuditedObjects.SIGNAL;
  }

  @Override
  public PolicyDecision mayWork(String caseId, String taskKey, Actor user) {
    Signal signal =
        signals
            .find(SignalId.ofPath(caseId))
            .orElseThrow(() -> new NotFoundException(SignalId.OBJECT_TYPE, caseId));
    Determination pending = signal.awaitingApproval().orElse(null);
    if (pending == null || !FraudReviewProcess.approveTask(pending.phase()).equals(taskKey)) {
      return PolicyDecision.allow(
          "TaskCandidatePolicy",
          "Voor deze taak volstaat de rol.",
          "The role suffices for this task.");
    }
    return signal.mayReview(pending.id(), user);
  }

  /**
   * For the approval task of the waiting determination: its author and every author of an earlier
   * determination that was not withdrawn ({@code FourEyesNotAuthorPolicy}, {@code
   * FourEyesNoEarlierAuthorPolicy}); the role part is the task's candidate group.
   */
  @Override
  public Set<String> excludedUsers(String caseId, String taskKey) {
    Signal signal = signals.find(SignalId.ofPath(caseId)).orElse(null);
    if (signal == null) {
      return Set.of();
    }
    Determination pending = signal.awaitingApproval().orElse(null);
    if (pending == null || !FraudReviewProcess.approveTask(pending.phase()).equals(taskKey)) {
      return Set.of();
    }
    Set<String> authors = new java.util.TreeSet<>();
    authors.add(pending.author());
    for (Determination d : signal.determinations()) {
      if (!d.isWithdrawn()) {
        authors.add(d.author());
      }
    }
    return Set.copyOf(authors);
  }

  /**
   * Signals are found by BSN only by TOEZICHT and VAKTECHNIEK ({@link SignalSearchByBsnPolicy}).
   */
  @Override
  public PolicyDecision mayFindByCitizen(Actor user) {
    return new SignalSearchByBsnPolicy().evaluate(user);
  }
}
