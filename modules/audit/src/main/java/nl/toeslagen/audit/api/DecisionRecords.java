package nl.toeslagen.audit.api;

import java.util.List;
import java.util.Optional;

/** Store and read decision records. Records are append-only. */
public interface DecisionRecords {

  /**
   * Validates and stores the record in the caller's transaction and writes an audit entry
   * "DECISION_RECORDED" for the case object (actor = preparer). Returns the record with its id and
   * recording time.
   *
   * @throws nl.toeslagen.kernel.ValidationException when a required part is missing, a legal
   *     reference or ECLI is malformed, or the approver is the preparer
   */
  DecisionRecord store(DecisionRecord record);

  /** The decision records about one case object, oldest first. */
  List<DecisionRecord> forObject(String objectType, String objectId);

  Optional<DecisionRecord> byId(String id);
}
