package nl.toeslagen.fraudreview.domain;

/** Where a signal of possible misuse came from. A signal is not a suspicion. */
public enum SignalSource {
  /** An internal check by the agency. */
  INTERNE_CONTROLE,
  /** A random sample (steekproef), also a control group for selection bias. */
  STEEKPROEF,
  /** A tip from outside. */
  TIP,
  /** A partner organisation in the chain (ketenpartner). */
  KETENPARTNER,
  /** A registered selection run; a selected case always goes to a person. */
  SELECTIERUN
}
