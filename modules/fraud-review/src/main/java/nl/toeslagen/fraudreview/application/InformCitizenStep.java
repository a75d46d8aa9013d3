package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.workflow.api.StepContext;
import nl.toeslagen.workflow.api.WorkflowStep;

/** BPMN {@code InformCitizenStep}: sends the plain-language outcome letter (after commit). */
@Named(FraudReviewProcess.INFORM_CITIZEN_STEP)
@Dependent
public class InformCitizenStep implements WorkflowStep {

  @Inject CitizenLetters letters;

  @Override
  public void execute(StepContext context) {
    String signalId = FraudReviewProcess.SIGNAL_ID.in(context);
    // The letter is rendered after commit; the signal's page finds it among its documents.
    letters.informCitizen(SignalId.of(signalId == null ? context.businessKey() : signalId));
  }
}
