package nl.toeslagen.objections.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.toeslagen.kernel.LegalReference;

/**
 * The objection decisions other contexts build on: an appeal (beroep) is lodged against a decided
 * objection only, and the professional line's check before a higher appeal is done by someone who
 * neither drafted nor reviewed that decision (four eyes). Reading these facts is not a read of the
 * citizen's data: they name no citizen.
 */
public interface DecidedObjections {

  /** The objection with this id (a UUID text), if it exists; decided or not. */
  Optional<DecidedObjection> find(String objectionId);

  /**
   * What an objection's decision was, and who took part in it.
   *
   * @param id the objection's id
   * @param caseNumber its case number ({@code BZ-2026-000123})
   * @param decided whether the decision was sent (stage DECIDED); false while open or withdrawn
   * @param stage the objection's stage name (e.g. {@code DECIDED}, {@code WITHDRAWN}, {@code
   *     DRAFTING})
   * @param decidedOn the day the decision was sent, or {@code null}
   * @param outcome the outcome name ({@code ONGEGROND}, …), or {@code null} when none was drafted
   * @param draftedBy everyone who drafted a version of the decision
   * @param reviewedBy everyone who reviewed a draft of the decision (four eyes); empty when none
   *     was needed
   * @param legalReferences the decision's legal references (empty when none was drafted)
   * @param grounds the objection's grounds
   * @param handler who drafted the last version of the decision, or {@code null}
   */
  record DecidedObjection(
      String id,
      String caseNumber,
      boolean decided,
      String stage,
      LocalDate decidedOn,
      String outcome,
      Set<String> draftedBy,
      Set<String> reviewedBy,
      List<LegalReference> legalReferences,
      List<String> grounds,
      String handler) {

    public DecidedObjection {
      draftedBy = Set.copyOf(draftedBy);
      reviewedBy = Set.copyOf(reviewedBy);
      legalReferences = List.copyOf(legalReferences);
      grounds = List.copyOf(grounds);
    }
  }
}
