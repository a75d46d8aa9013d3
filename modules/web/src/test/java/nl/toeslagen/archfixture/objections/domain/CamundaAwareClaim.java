package nl.toeslagen.archfixture.objections.domain;

import org.camunda.bpm.engine.RuntimeService;

/** Violation: the domain names the workflow engine. */
public class CamundaAwareClaim {
  RuntimeService engine;
}
