package nl.toeslagen.fraudreview.domain;

/** Priority given when a signal is found relevant. */
public enum Priority {
  HOOG,
  NORMAAL,
  LAAG
}
