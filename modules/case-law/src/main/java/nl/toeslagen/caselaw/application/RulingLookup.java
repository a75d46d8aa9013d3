package nl.toeslagen.caselaw.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.kernel.LegalReference;

/** A registered ruling as the impact analysis and the matching read it. */
public interface RulingLookup {

  /** The ruling with this id, if any. */
  Optional<RulingFacts> find(String rulingId);

  /** What {@link RulingRegistered} carries, read back from the register. */
  record RulingFacts(
      String rulingId,
      String ecli,
      String court,
      LocalDate date,
      String summary,
      String outcomeForAgency,
      List<LegalReference> legalReferences,
      List<String> grounds,
      String objectionId,
      String appealId) {

    public RulingFacts {
      legalReferences = List.copyOf(legalReferences);
      grounds = List.copyOf(grounds);
    }
  }
}
