package nl.toeslagen.audit.api;

/** Outcome of an audited action. */
public enum Outcome {
  SUCCESS,
  REFUSED,
  FAILED
}
