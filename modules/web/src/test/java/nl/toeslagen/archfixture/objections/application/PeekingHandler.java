package nl.toeslagen.archfixture.objections.application;

import nl.toeslagen.archfixture.fraudreview.domain.FraudSecret;

/** Violation: one context's application reads another context's domain, not its api. */
public class PeekingHandler {
  public String peek(FraudSecret secret) {
    return secret.text();
  }
}
