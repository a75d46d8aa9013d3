package nl.toeslagen.vocabfixture.domain;

/** Fixture: a new enum nobody listed or exempted. */
public enum ForgottenKind {
  NEW
}
