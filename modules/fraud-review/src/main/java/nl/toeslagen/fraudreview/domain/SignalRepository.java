package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Repository;

/**
 * Where signals are kept. There is deliberately no query for "all signals ever about a citizen".
 * {@link #save} inserts or updates the signal with its determinations.
 */
public interface SignalRepository extends Repository<SignalId, Signal> {

  List<Signal> open();

  /** Open signals about this citizen only: a closed signal does not mark anyone. */
  List<Signal> openFor(Bsn citizen);

  /** Closed signals whose retention date lies before {@code today}. */
  List<Signal> purgeable(LocalDate today);

  /** Removes the signal and its determinations, with all personal details. */
  void delete(SignalId id);
}
