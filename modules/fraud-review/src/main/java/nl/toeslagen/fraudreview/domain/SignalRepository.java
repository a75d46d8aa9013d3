package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Repository;

/**
 * Where signals are kept. There is deliberately no query for "all signals ever about a citizen".
 * {@link #save} inserts or updates the signal with its determinations.
 */
public interface SignalRepository extends Repository<SignalId, Signal> {

  /** The prefix of signal case numbers ({@code TZ-2026-000123}: intensief toezicht). */
  String CASE_NUMBER_PREFIX = "TZ";

  /**
   * The next case number for a signal registered in {@code year}: never handed out twice, also not
   * by two nodes (a database sequence; a rolled-back registration leaves a gap).
   */
  CaseNumber nextCaseNumber(int year);

  List<Signal> open();

  /** The signal with this case number, open or closed (a case reference, not a citizen search). */
  java.util.Optional<Signal> byCaseNumber(CaseNumber number);

  /** Open signals about this citizen only: a closed signal does not mark anyone. */
  List<Signal> openFor(Bsn citizen);

  /** Closed signals whose retention date lies before {@code today}. */
  List<Signal> purgeable(LocalDate today);

  /** Removes the signal and its determinations, with all personal details. */
  void delete(SignalId id);
}
