package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Repository;

/** Storage of objection cases: find and save by {@link ObjectionId}, and the queries. */
public interface ObjectionRepository extends Repository<ObjectionId, Objection> {

  /** The prefix of objection case numbers ({@code BZ-2026-000123}: bezwaar). */
  String CASE_NUMBER_PREFIX = "BZ";

  /**
   * The next case number for a case registered in {@code year}: numbers are never handed out twice,
   * also not by two nodes at once (a database sequence; a rolled-back intake leaves a gap).
   */
  CaseNumber nextCaseNumber(int year);

  /** The case with this human-readable number. */
  Optional<Objection> findByCaseNumber(CaseNumber number);

  /**
   * Cases by citizen and received date; null arguments do not filter. Ordered by decision deadline,
   * most urgent first.
   */
  List<Objection> search(String bsn, LocalDate receivedFrom, LocalDate receivedTo, int limit);

  /** Open (not decided, not withdrawn) cases, soonest decision deadline first. */
  List<Objection> open(int limit);

  /**
   * One page of the open cases, soonest decision deadline first (ties by id, so pages do not
   * overlap).
   */
  List<Objection> open(int page, int size);

  /**
   * Counts over every open case, in the database: all, past their deadline (before {@code today}),
   * due on or before {@code dueSoonUntil} but not past, and with a notice of default.
   */
  OpenCounts openCounts(LocalDate today, LocalDate dueSoonUntil);

  /** The open cases with a notice of default (their penalties run), soonest deadline first. */
  List<Objection> openInDefault();

  /** What {@link #openCounts} counts. */
  record OpenCounts(long open, long overdue, long dueSoon, long inDefault) {}

  /**
   * One page ({@code page}, 0-based, of {@code size}) of the open cases whose deadline passed
   * before {@code today}, most overdue first; {@link OpenCounts#overdue} counts them all.
   */
  List<Objection> overdue(LocalDate today, int page, int size);

  /**
   * How many objections were decided (stage DECIDED) with a closing date from {@code from} up to
   * but not including {@code to}, and how many of those on or before their decision deadline.
   */
  TermPerformance termPerformance(LocalDate from, LocalDate to);
}
