package nl.toeslagen.objections.domain;

/** How a hearing takes place. */
public enum HearingMode {
  OP_LOCATIE,
  TELEFONISCH,
  VIDEO
}
