package nl.toeslagen.caselaw.domain;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.Repository;

/** Where the signals of the central register are kept. */
public interface Signals extends Repository<SignalId, Signal> {

  /**
   * What a list asks for; each part null for any.
   *
   * @param source one source
   * @param category one category code
   * @param from the first date
   * @param to the last date
   * @param caseId the signals of one case
   */
  record Filter(
      SignalSource source, String category, LocalDate from, LocalDate to, String caseId) {}

  /**
   * The signals of one category in one calendar month, counted by the store.
   *
   * @param category the category code
   * @param year the year
   * @param month the month, 1 to 12
   * @param count how many
   */
  record MonthCount(String category, int year, int month, long count) {}

  /**
   * A case behind an escalation: its signals counted by the store.
   *
   * @param caseType the kind of case
   * @param caseId its id
   * @param caseNumber its number or ECLI (the latest signal's), may be null
   * @param signals how many of the escalation's signals link to it
   */
  record CaseCount(SignalCaseType caseType, String caseId, String caseNumber, long signals) {}

  /**
   * How many signals of the category dated from {@code from} to {@code to} (inclusive) are behind
   * no escalation yet: those the threshold counts (signals a followed-up escalation dealt with are
   * not counted again).
   */
  long countUnescalated(String category, LocalDate from, LocalDate to);

  /**
   * Puts the category's signals dated in the window that are behind no escalation yet behind {@code
   * escalation} (one statement); answers how many.
   */
  int joinUnescalated(String category, LocalDate from, LocalDate to, SignalEscalationId escalation);

  /**
   * Puts the one signal behind {@code escalation} when it is behind none yet (one statement);
   * answers 1 when it did, 0 otherwise.
   */
  int joinOne(SignalId signal, SignalEscalationId escalation);

  /** Whether a signal of this source and category links to the case already. */
  boolean exists(SignalSource source, String caseId, String category);

  /** Signals, newest first, at most {@code limit} after {@code offset}. */
  List<Signal> list(Filter filter, int offset, int limit);

  /** How many signals {@link #list} pages over. */
  long count(Filter filter);

  /** The signals behind an escalation, newest first, at most {@code limit}. */
  List<Signal> ofEscalation(SignalEscalationId escalation, int limit);

  /** The cases behind an escalation, most signals first, at most {@code limit}. */
  List<CaseCount> casesOf(SignalEscalationId escalation, int limit);

  /** Signals dated from {@code from} to {@code to} counted per category and month (GROUP BY). */
  List<MonthCount> monthCounts(LocalDate from, LocalDate to);
}
