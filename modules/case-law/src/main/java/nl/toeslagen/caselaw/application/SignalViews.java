package nl.toeslagen.caselaw.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.caselaw.domain.Signal;
import nl.toeslagen.caselaw.domain.SignalEscalation;
import nl.toeslagen.caselaw.domain.SignalFollowUp;

/** What the signal register answers (names prefixed {@code Signal}: unique in the OpenAPI). */
public final class SignalViews {

  private SignalViews() {}

  /** One signal. */
  public record SignalEntry(
      String id,
      String source,
      String sourceLabel,
      String category,
      String categoryLabel,
      LocalDate date,
      String caseType,
      String caseId,
      String caseNumber,
      String summary,
      String registeredBy,
      Instant registeredAt,
      String escalationId) {

    static SignalEntry of(Signal s) {
      return new SignalEntry(
          s.id().value(),
          s.source().name(),
          s.source().labelNl(),
          s.category(),
          SignalCases.labelNl(s.category()),
          s.date(),
          s.caseType() == null ? null : s.caseType().name(),
          s.caseId(),
          s.caseNumber(),
          s.summary(),
          s.registeredBy(),
          s.registeredAt(),
          s.escalation() == null ? null : s.escalation().value());
    }
  }

  /** A page of signals, newest first, with the total the filter matches. */
  public record SignalEntryPage(List<SignalEntry> signals, long total, int page, int size) {}

  /**
   * One category of the data, with what its threshold counts today.
   *
   * @param countedInWindow the category's signals in its window behind no escalation yet
   * @param openEscalationId its open escalation, or null
   */
  public record SignalCategoryInfo(
      String code,
      String labelNl,
      String labelEn,
      int threshold,
      int windowDays,
      long countedInWindow,
      String openEscalationId) {}

  /**
   * Signals counted per category and period.
   *
   * @param period {@code MONTH} or {@code QUARTER}
   * @param from the first day counted
   * @param to the last day counted
   * @param periods the periods, oldest first ({@code 2026-03} or {@code 2026-Q1})
   * @param categories every category, each with a count per period (same order) and its total
   * @param periodTotals the count of each period over all categories
   * @param total all signals counted: the sum of the category totals and of the period totals
   */
  public record SignalTrends(
      String period,
      LocalDate from,
      LocalDate to,
      List<String> periods,
      List<SignalTrendRow> categories,
      List<Long> periodTotals,
      long total) {}

  /** One category's counts per period. */
  public record SignalTrendRow(
      String category, String labelNl, String labelEn, List<Long> counts, long total) {}

  /** The follow-up of an escalation. */
  public record SignalFollowUpView(
      String decision, String owner, LocalDate date, String recordedBy, Instant recordedAt) {

    static SignalFollowUpView of(SignalFollowUp f) {
      return f == null
          ? null
          : new SignalFollowUpView(
              f.decision(), f.owner(), f.date(), f.recordedBy(), f.recordedAt());
    }
  }

  /** An escalation in a list. */
  public record SignalEscalationSummary(
      String id,
      String caseNumber,
      String category,
      String categoryLabel,
      String status,
      String statusLabel,
      int threshold,
      int windowDays,
      LocalDate openedOn,
      int signalsAtOpening,
      int signalCount,
      LocalDate lastSignalOn,
      SignalFollowUpView followUp) {

    static SignalEscalationSummary of(SignalEscalation e) {
      return new SignalEscalationSummary(
          e.id().value(),
          e.caseNumber().toString(),
          e.category(),
          SignalCases.labelNl(e.category()),
          e.status().name(),
          e.status().labelNl(),
          e.threshold(),
          e.windowDays(),
          e.openedOn(),
          e.signalsAtOpening(),
          e.signalCount(),
          e.lastSignalOn(),
          SignalFollowUpView.of(e.followUp()));
    }
  }

  /** A page of escalations, newest first. */
  public record SignalEscalationPage(
      List<SignalEscalationSummary> escalations, long total, int page, int size) {}

  /** A case behind an escalation, with how many of its signals link to it. */
  public record SignalEscalationCase(
      String caseType, String caseId, String caseNumber, long signals) {}

  /**
   * An escalation with the signals and cases behind it (the newest {@value
   * SignalQueries#DETAIL_LIMIT} of each), its follow-up, and what the caller may do.
   */
  public record SignalEscalationDetails(
      SignalEscalationSummary escalation,
      List<SignalEntry> signals,
      List<SignalEscalationCase> cases,
      boolean followUpOpen,
      List<String> actions) {}
}
