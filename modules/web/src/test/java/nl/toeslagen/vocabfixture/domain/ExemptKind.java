package nl.toeslagen.vocabfixture.domain;

/** Fixture: an enum its context exempts, with the reason. */
public enum ExemptKind {
  INTERNAL
}
