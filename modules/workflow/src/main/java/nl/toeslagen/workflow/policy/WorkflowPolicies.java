package nl.toeslagen.workflow.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.kernel.PolicySet;

/** The workflow module's policies on working tasks, for the policy catalogue. */
@ApplicationScoped
public class WorkflowPolicies implements PolicySet {

  @Override
  public String context() {
    return "workflow";
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(TaskCandidatePolicy.class, TaskOwnershipPolicy.class);
  }
}
