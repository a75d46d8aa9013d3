package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import nl.toeslagen.hardship.domain.HardshipFourEyesPolicy;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.HardshipRequests;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.TaskEligibility;

/**
 * Who may work a hardship request's review task: the professional line, never someone who took an
 * earlier step ({@link HardshipFourEyesPolicy}). The task list leaves those people out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HardshipTaskEligibility implements TaskEligibility {

  @Inject HardshipRequests requests;

  @Override
  public Set<String> processKeys() {
    return Set.of(HardshipProcess.PROCESS_KEY);
  }

  @Override
  public String objectType() {
    return HardshipRequestId.OBJECT_TYPE;
  }

  @Override
  public PolicyDecision mayWork(String caseId, String taskKey, Actor user) {
    HardshipRequest r =
        requests
            .find(HardshipRequestId.ofPath(caseId))
            .orElseThrow(() -> new NotFoundException(HardshipRequestId.OBJECT_TYPE, caseId));
    if (!HardshipProcess.REVIEW_TASK.equals(taskKey)) {
      return PolicyDecision.allow(
          HardshipFourEyesPolicy.NAME, "Geen controlestap.", "Not a review step.");
    }
    return new HardshipFourEyesPolicy().evaluate(r, user);
  }

  @Override
  public Set<String> excludedUsers(String caseId, String taskKey) {
    if (!HardshipProcess.REVIEW_TASK.equals(taskKey)) {
      return Set.of();
    }
    return requests
        .find(HardshipRequestId.ofPath(caseId))
        .map(r -> Set.copyOf(r.participants()))
        .orElse(Set.of());
  }
}
