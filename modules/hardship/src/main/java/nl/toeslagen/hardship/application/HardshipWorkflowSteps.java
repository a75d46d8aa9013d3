package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/** The BPMN service tasks of {@code HardshipRequest}: each calls {@link HardshipSteps}. */
public final class HardshipWorkflowSteps {

  private HardshipWorkflowSteps() {}

  static HardshipRequestId id(StepContext context) {
    String id = HardshipProcess.REQUEST_ID.in(context);
    return HardshipRequestId.of(id == null ? context.businessKey() : id);
  }

  /** {@code ${hardshipEscalateTriage}}. */
  @Named(HardshipProcess.STEP_ESCALATE_TRIAGE)
  @Dependent
  public static class EscalateTriage implements WorkflowStep {
    @Inject HardshipSteps steps;

    @Override
    public void execute(StepContext context) {
      steps.triageOverdue(id(context));
    }
  }

  /** {@code ${hardshipEscalateContact}}. */
  @Named(HardshipProcess.STEP_ESCALATE_CONTACT)
  @Dependent
  public static class EscalateContact implements WorkflowStep {
    @Inject HardshipSteps steps;

    @Override
    public void execute(StepContext context) {
      steps.contactOverdue(id(context));
    }
  }

  /** {@code ${hardshipSendDecision}}. */
  @Named(HardshipProcess.STEP_SEND_DECISION)
  @Dependent
  public static class SendDecision implements WorkflowStep {
    @Inject HardshipSteps steps;

    @Override
    public void execute(StepContext context) {
      steps.sendDecision(id(context));
    }
  }
}
