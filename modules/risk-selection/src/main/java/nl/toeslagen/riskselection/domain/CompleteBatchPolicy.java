package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.ValidationException;

/**
 * A batch is scored only when it is complete: every case has a unique reference, a valid BSN, a
 * known benefit and every feature the rule set reads, of its type; protected grounds only in the
 * monitoring part. One bad case refuses the whole batch, so no run ever scores half a batch.
 */
@PolicyRule(
    name = "CompleteBatchPolicy",
    guardsNl =
        "Een selectierun draait alleen over een volledige batch: elke zaak met een unieke"
            + " referentie, een geldig BSN, een bekende toeslag en alle kenmerken die de regelset"
            + " leest, in het juiste type. Eén fout weigert de hele batch.",
    guardsEn =
        "A selection run scores only a complete batch: every case with a unique reference, a valid"
            + " BSN, a known benefit and every feature the rule set reads, of its type. One bad"
            + " case refuses the whole batch.",
    legalBasis = "AVG art. 5 lid 1 onder d (juistheid); Awb art. 3:2 (zorgvuldigheid)",
    appliesTo = {"Selectierun starten", "Biastest uitvoeren"})
public final class CompleteBatchPolicy {

  public static final String NAME = "CompleteBatchPolicy";

  /** The refusal for the first problem found in a batch. */
  public PolicyDecision refusal(ValidationException problem) {
    return PolicyDecision.refuse(NAME, problem.messageNl(), problem.messageEn());
  }
}
