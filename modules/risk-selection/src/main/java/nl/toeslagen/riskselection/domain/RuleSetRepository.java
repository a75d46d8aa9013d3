package nl.toeslagen.riskselection.domain;

import java.util.List;
import nl.toeslagen.kernel.Repository;

/** Rule sets, every version. */
public interface RuleSetRepository extends Repository<RuleSetId, RuleSet> {

  /** Every version, newest first. */
  List<RuleSet> all();

  /** The highest version registered under this name, if any. */
  java.util.OptionalInt latestVersion(String name);

  /** The versions with this status. */
  List<RuleSet> withStatus(RuleSetStatus status);
}
