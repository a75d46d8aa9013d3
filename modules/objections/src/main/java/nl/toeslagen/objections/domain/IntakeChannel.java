package nl.toeslagen.objections.domain;

/**
 * How the objection reached the agency. Only {@link #POST} objections can rely on a postmark (Awb
 * 6:9 lid 2).
 */
public enum IntakeChannel {
  POST,
  DIGITAAL,
  BALIE
}
