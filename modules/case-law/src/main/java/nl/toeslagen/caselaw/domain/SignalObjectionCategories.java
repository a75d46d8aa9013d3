package nl.toeslagen.caselaw.domain;

import java.util.Map;

/**
 * The category of the signal an objection gives, by the type of the decision contested (the
 * objection context's {@code ContestedDecisionType} names). The mapping is documented in
 * docs/case-law-signals.md; every code it names is in {@value SignalCategories#RESOURCE} (a test
 * checks it). A type it does not know (one added later) is {@link #FALLBACK}.
 */
public final class SignalObjectionCategories {

  /** The category of an objection to a type the mapping does not know. */
  public static final String FALLBACK = "OVERIG";

  /** Contested decision type → category. */
  public static final Map<String, String> BY_CONTESTED_TYPE =
      Map.of(
          // the advance rests on the estimated income
          "VOORLOPIGE_TOEKENNING", "INKOMENSSCHATTING",
          "DEFINITIEVE_TOEKENNING", "DEFINITIEVE_BEREKENING",
          "TERUGVORDERING", "TERUGVORDERING",
          "BOETE", "BOETE",
          "HERZIENING", "HERZIENING",
          "HARDHEIDSBESLISSING", "HARDHEIDSBESLISSING");

  private SignalObjectionCategories() {}

  /** The category of an objection to a decision of {@code contestedType}. */
  public static String of(String contestedType) {
    return contestedType == null
        ? FALLBACK
        : BY_CONTESTED_TYPE.getOrDefault(contestedType, FALLBACK);
  }
}
