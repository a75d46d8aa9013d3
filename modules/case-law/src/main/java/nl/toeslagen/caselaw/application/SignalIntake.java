package nl.toeslagen.caselaw.application;

import java.time.LocalDate;

/**
 * The central signal register's intake for other parts of the system: records a signal in the
 * caller's transaction; its category is counted against its threshold (and escalated when it
 * crosses it) after that transaction has committed, in a short one of its own.
 */
public interface SignalIntake {

  /** Records the signal and answers its id. */
  String raise(NewSignal signal);

  /**
   * @param source a {@code SignalSource} name, e.g. {@code "UITSPRAAK"}
   * @param category a category code from the signal categories (data)
   * @param date the date of the signal
   * @param caseType the kind of case behind it ({@code OBJECTION}, {@code HARDSHIP_REQUEST}, {@code
   *     APPEAL}, {@code RULING}), or {@code null}
   * @param caseId the case's id, or {@code null}
   * @param caseNumber the case's number or ECLI, or {@code null}
   * @param summary what the signal is about, at most 2,000 characters
   */
  record NewSignal(
      String source,
      String category,
      LocalDate date,
      String caseType,
      String caseId,
      String caseNumber,
      String summary) {}
}
