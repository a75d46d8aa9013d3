package nl.toeslagen.objections.domain;

/** Where an objection is in its handling. */
public enum Stage {
  ADMISSIBILITY,
  AWAITING_REPAIR,
  CONTACT,
  HEARING,
  DRAFTING,
  REVIEW,
  SENDING,
  DECIDED,
  WITHDRAWN;

  public boolean closed() {
    return this == DECIDED || this == WITHDRAWN;
  }
}
