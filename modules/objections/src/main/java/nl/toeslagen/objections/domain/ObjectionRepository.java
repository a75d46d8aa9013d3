package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.Repository;

/** Storage of objection cases: find and save by {@link ObjectionId}, and the queries. */
public interface ObjectionRepository extends Repository<ObjectionId, Objection> {

  /**
   * Cases by citizen and received date; null arguments do not filter. Ordered by decision deadline,
   * most urgent first.
   */
  List<Objection> search(String bsn, LocalDate receivedFrom, LocalDate receivedTo, int limit);

  /** Open (not decided, not withdrawn) cases, soonest decision deadline first. */
  List<Objection> open(int limit);

  /** Open cases whose deadline passed before {@code today}. */
  List<Objection> overdue(LocalDate today, int limit);

  /**
   * How many objections were decided (stage DECIDED) with a closing date from {@code from} up to
   * but not including {@code to}, and how many of those on or before their decision deadline.
   */
  TermPerformance termPerformance(LocalDate from, LocalDate to);
}
