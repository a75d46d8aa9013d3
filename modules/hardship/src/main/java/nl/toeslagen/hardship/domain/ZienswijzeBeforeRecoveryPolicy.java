package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Before a recovery decision of EUR 1,500 or more after a final award, the citizen is given the
 * opportunity to give their view (zienswijze).
 *
 * <p>Interpretation. The seed (the Kamerbrief on the specific measures, on the Wet verbetering
 * uitvoerbaarheid toeslagen in force 1 January 2021) says the law gives people "bij een definitieve
 * toekenning de mogelijkheid ... om een zienswijze te geven in het geval er sprake is van een hoge
 * terugvordering". Read here as: only for {@link RecoveryKind#DEFINITIEVE_TOEKENNING} (never for a
 * revision of the advance), "high" meaning {@value #FROM_CENTS} cents (EUR 1,500) or more ("or
 * more": {@code >=}), compared with the amount of the one recovery assessed — one benefit, one
 * calculation year. Recoveries of several benefits of the same year are not added up: the case
 * holds one. The article (Awir art. 26b) and the amount are taken from the brief of this work; they
 * could not be checked against the statute text from this machine.
 *
 * <p>Refused means: the recovery decision may not be sent before the citizen's view is asked. The
 * flag is reported for every case, whatever the arrangement.
 */
@PolicyRule(
    name = ZienswijzeBeforeRecoveryPolicy.NAME,
    guardsNl =
        "Voor een terugvordering van € 1.500 of meer na een definitieve berekening krijgt de burger"
            + " eerst de gelegenheid een zienswijze te geven.",
    guardsEn =
        "Before a recovery of EUR 1,500 or more after a final award, the citizen is first given the"
            + " opportunity to give their view.",
    legalBasis = ZienswijzeBeforeRecoveryPolicy.LEGAL_BASIS,
    appliesTo = {"Invordering beoordelen"})
public final class ZienswijzeBeforeRecoveryPolicy {

  public static final String NAME = "ZienswijzeBeforeRecoveryPolicy";

  public static final String LEGAL_BASIS = "Awir art. 26b";

  /** From this amount (EUR 1,500) the view is required. */
  public static final long FROM_CENTS = 150_000;

  /** Refused (view required first) for a final award of {@value #FROM_CENTS} cents or more. */
  public PolicyDecision evaluate(CollectionCase c) {
    String amount = Money.ofCents(c.amountCents()).formatted();
    if (c.kind() != RecoveryKind.DEFINITIEVE_TOEKENNING) {
      return PolicyDecision.allow(
          NAME,
          "Bij een herziening van het voorschot is vooraf geen zienswijze vereist; die regel geldt"
              + " bij een definitieve berekening.",
          "A revision of the advance needs no view beforehand; that rule applies to a final"
              + " award.",
          Laws.awir("26b"));
    }
    if (c.amountCents() >= FROM_CENTS) {
      return PolicyDecision.refuse(
          NAME,
          "Vraag eerst de zienswijze van de burger: de terugvordering na de definitieve berekening"
              + " is "
              + amount
              + ", € 1.500,00 of meer.",
          "Ask the citizen's view first: the recovery after the final award is "
              + amount
              + ", € 1.500,00 or more.",
          Laws.awir("26b"));
    }
    return PolicyDecision.allow(
        NAME,
        "De terugvordering van "
            + amount
            + " is lager dan € 1.500,00: vooraf geen zienswijze vereist.",
        "The recovery of " + amount + " is below € 1.500,00: no view required beforehand.",
        Laws.awir("26b"));
  }
}
