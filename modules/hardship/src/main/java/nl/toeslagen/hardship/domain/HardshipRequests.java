package nl.toeslagen.hardship.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Repository;

/** Where hardship requests are kept. */
public interface HardshipRequests extends Repository<HardshipRequestId, HardshipRequest> {

  /** The next case number of the year (HH-2026-000001); from a sequence, never twice. */
  CaseNumber nextCaseNumber(int year);

  /** The open request about a recovery, if any. */
  Optional<HardshipRequest> openAbout(String recoveryReference);

  /** A request by its case number. */
  Optional<HardshipRequest> byCaseNumber(CaseNumber number);

  /** The requests of a citizen, newest first. */
  List<HardshipRequest> of(Bsn citizen);

  /**
   * Requests, newest first, optionally of one status, at most {@code limit} after {@code offset}.
   */
  List<HardshipRequest> list(HardshipStatus status, int offset, int limit);

  /** How many requests {@link #list} pages over. */
  long count(HardshipStatus status);

  /** Open requests (collection paused), oldest first, at most {@code limit}. */
  List<HardshipRequest> open(int limit);

  /** Decided requests that carry a signal for policy, counted by category. */
  Map<PolicySignalCategory, Long> policySignalCounts();
}
