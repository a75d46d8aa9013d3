package nl.toeslagen.fraudreview.domain;

import java.util.List;
import nl.toeslagen.kernel.LegalReference;

/**
 * What an author submits at the end of a phase.
 *
 * @param phase the phase this determination closes
 * @param conclusion the conclusion, belonging to that phase
 * @param reasons why: required
 * @param facts the facts used
 * @param legalReferences the legal references applied
 * @param priority only for a relevant signal; {@code null} means NORMAAL
 * @param fine only for the outcome OPZET_OF_GROVE_SCHULD
 */
public record DeterminationDraft(
    Phase phase,
    Conclusion conclusion,
    String reasons,
    List<String> facts,
    List<LegalReference> legalReferences,
    Priority priority,
    FineRequest fine) {

  public DeterminationDraft {
    facts = facts == null ? List.of() : List.copyOf(facts);
    legalReferences = legalReferences == null ? List.of() : List.copyOf(legalReferences);
  }

  public static DeterminationDraft of(Phase phase, Conclusion conclusion, String reasons) {
    return new DeterminationDraft(phase, conclusion, reasons, List.of(), List.of(), null, null);
  }
}
