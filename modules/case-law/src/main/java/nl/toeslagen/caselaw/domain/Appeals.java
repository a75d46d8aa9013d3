package nl.toeslagen.caselaw.domain;

import java.util.List;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Repository;

/** Where appeals are kept. */
public interface Appeals extends Repository<AppealId, Appeal> {

  /** The next case number of the year (BR-2026-000001); from a sequence, never twice. */
  CaseNumber nextCaseNumber(int year);

  /**
   * Appeals, newest first, optionally of one objection and/or one status, at most {@code limit}
   * after {@code offset}.
   */
  List<Appeal> list(String objectionId, AppealStatus status, int offset, int limit);

  /** How many appeals {@link #list} pages over. */
  long count(String objectionId, AppealStatus status);
}
