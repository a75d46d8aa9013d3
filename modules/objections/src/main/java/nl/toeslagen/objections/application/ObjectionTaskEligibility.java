package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.TaskEligibility;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionRepository;

/**
 * Who may claim or be assigned an objection task: for the review task the four-eyes rule of {@link
 * nl.toeslagen.objections.domain.DecisionReviewPolicy} (VAKTECHNIEK and no earlier step on the
 * case); other tasks need only the candidate role, which the caller checks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObjectionTaskEligibility implements TaskEligibility {

  @Inject ObjectionRepository repository;

  @Override
  public Set<String> processKeys() {
    return Set.of(ObjectionProcess.PROCESS_KEY);
  }

  @Override
  public String objectType() {
    return ObjectionCases.OBJECT_TYPE;
  }

  @Override
  public PolicyDecision mayWork(String caseId, String taskKey, Actor user) {
    if (!ObjectionProcess.TASK_REVIEW.equals(taskKey)) {
      return PolicyDecision.allow(
          "TaskCandidatePolicy",
          "Voor deze taak volstaat de rol.",
          "The role suffices for this task.");
    }
    ObjectionId id = new ObjectionId(CaseId.ofPath(caseId, ObjectionCases.OBJECT_TYPE));
    Objection o =
        repository
            .find(id)
            .orElseThrow(() -> new NotFoundException(ObjectionCases.OBJECT_TYPE, caseId));
    return o.mayReview(user.userName(), user.roles());
  }

  /** For the review task: everyone who took a step that disqualifies a reviewer (four eyes). */
  @Override
  public Set<String> excludedUsers(String caseId, String taskKey) {
    if (!ObjectionProcess.TASK_REVIEW.equals(taskKey)) {
      return Set.of();
    }
    ObjectionId id = new ObjectionId(CaseId.ofPath(caseId, ObjectionCases.OBJECT_TYPE));
    return repository
        .find(id)
        .map(
            o ->
                o.steps().stream()
                    .filter(s -> s.kind().disqualifiesReviewer())
                    .map(nl.toeslagen.objections.domain.CaseStep::by)
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))
        .map(Set::<String>copyOf)
        .orElse(Set.of());
  }
}
