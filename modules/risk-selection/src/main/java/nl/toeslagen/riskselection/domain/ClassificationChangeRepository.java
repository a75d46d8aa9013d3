package nl.toeslagen.riskselection.domain;

import java.util.List;
import nl.toeslagen.kernel.Repository;

/** Proposed, approved and rejected classification changes. */
public interface ClassificationChangeRepository extends Repository<String, ClassificationChange> {

  /** Every change, oldest first. */
  List<ClassificationChange> all();

  /** The approved changes, in the order they were decided. */
  List<ClassificationChange> approved();
}
