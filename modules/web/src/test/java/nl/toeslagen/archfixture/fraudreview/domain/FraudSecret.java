package nl.toeslagen.archfixture.fraudreview.domain;

/** Another context's domain class, which no other module may use. */
public record FraudSecret(String text) {}
