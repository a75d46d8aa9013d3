package nl.toeslagen.audit.domain;

import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.audit.api.DecisionRecord;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.ValidationException;

/**
 * What a decision record must contain before it is stored: the decision, the case object, the
 * preparer, at least one legal reference, well-formed legal references and ECLIs, and an approver
 * other than the preparer (four eyes).
 */
public final class DecisionRecordRules {

  private DecisionRecordRules() {}

  /**
   * Validates the record and returns it with legal references and ECLIs in their canonical text.
   *
   * @throws ValidationException naming the first offending part
   */
  public static DecisionRecord validate(DecisionRecord r) {
    require(r.decisionType(), "decisionType", "het soort besluit", "the decision type");
    require(r.decisionOutcome(), "decisionOutcome", "de uitkomst", "the decision outcome");
    require(r.objectType(), "objectType", "het soort zaakobject", "the case object type");
    require(r.objectId(), "objectId", "het zaakobject", "the case object id");
    require(r.preparer(), "preparer", "de voorbereider", "the preparer");
    if (r.legalReferences().isEmpty()) {
      throw new ValidationException(
          "legalReferences",
          "Een besluit vermeldt ten minste één wettelijke grondslag.",
          "A decision states at least one legal reference.");
    }
    if (r.approver() != null && r.approver().equalsIgnoreCase(r.preparer())) {
      throw new ValidationException(
          "approver",
          "De fiatteur mag niet dezelfde persoon zijn als de voorbereider (vier-ogenprincipe).",
          "The approver must not be the preparer (four-eyes principle).");
    }
    List<String> legal = new ArrayList<>();
    for (String ref : r.legalReferences()) {
      legal.add(LegalReference.parse(ref).toString());
    }
    List<String> eclis = new ArrayList<>();
    for (String ecli : r.caseLaw()) {
      eclis.add(Ecli.parse(ecli).value());
    }
    return new DecisionRecord(
        r.id(),
        r.decisionType(),
        r.decisionOutcome(),
        r.objectType(),
        r.objectId(),
        r.grounds(),
        r.facts(),
        legal,
        eclis,
        r.versionsApplied(),
        r.preparer(),
        blankToNull(r.approver()),
        r.recordedAt());
  }

  private static void require(String value, String field, String nl, String en) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(
          field, "Het beslisverslag mist " + nl + ".", "The decision record lacks " + en + ".");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
