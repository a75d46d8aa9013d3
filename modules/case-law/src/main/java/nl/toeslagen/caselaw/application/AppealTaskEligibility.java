package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import nl.toeslagen.caselaw.domain.Appeal;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.AppealProfessionalLineCheckPolicy;
import nl.toeslagen.caselaw.domain.Appeals;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.TaskEligibility;

/**
 * Who may work an appeal's professional-line check: VAKTECHNIEK, never who drafted or reviewed the
 * objection decision nor who registered the appeal ({@link AppealProfessionalLineCheckPolicy}). The
 * task list leaves those people out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AppealTaskEligibility implements TaskEligibility {

  @Inject Appeals appeals;

  @Override
  public Set<String> processKeys() {
    return Set.of(AppealProcess.PROCESS_KEY);
  }

  @Override
  public String objectType() {
    return AppealId.OBJECT_TYPE;
  }

  @Override
  public PolicyDecision mayWork(String caseId, String taskKey, Actor user) {
    if (!AppealProcess.CHECK_TASK.equals(taskKey)) {
      return PolicyDecision.allow(
          AppealProfessionalLineCheckPolicy.NAME,
          "Voor deze taak volstaat de rol.",
          "The role suffices for this task.");
    }
    Appeal a =
        appeals
            .find(AppealId.ofPath(caseId))
            .orElseThrow(() -> new NotFoundException(AppealId.OBJECT_TYPE, caseId));
    return new AppealProfessionalLineCheckPolicy().evaluate(a, user);
  }

  @Override
  public Set<String> excludedUsers(String caseId, String taskKey) {
    if (!AppealProcess.CHECK_TASK.equals(taskKey)) {
      return Set.of();
    }
    return appeals
        .find(AppealId.ofPath(caseId))
        .map(a -> Set.copyOf(new AppealProfessionalLineCheckPolicy().excluded(a)))
        .orElse(Set.of());
  }
}
