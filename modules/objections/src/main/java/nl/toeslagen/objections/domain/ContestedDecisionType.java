package nl.toeslagen.objections.domain;

/** The kind of decision (beschikking) the citizen objects to. */
public enum ContestedDecisionType {
  VOORLOPIGE_TOEKENNING,
  DEFINITIEVE_TOEKENNING,
  TERUGVORDERING,
  BOETE
}
