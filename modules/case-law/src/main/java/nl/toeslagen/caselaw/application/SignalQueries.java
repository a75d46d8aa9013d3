package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.caselaw.application.SignalViews.SignalCategoryInfo;
import nl.toeslagen.caselaw.application.SignalViews.SignalEntry;
import nl.toeslagen.caselaw.application.SignalViews.SignalEntryPage;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationCase;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationDetails;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationPage;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationSummary;
import nl.toeslagen.caselaw.application.SignalViews.SignalTrendRow;
import nl.toeslagen.caselaw.application.SignalViews.SignalTrends;
import nl.toeslagen.caselaw.domain.Signal;
import nl.toeslagen.caselaw.domain.SignalCategories;
import nl.toeslagen.caselaw.domain.SignalEscalation;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalEscalationStatus;
import nl.toeslagen.caselaw.domain.SignalEscalations;
import nl.toeslagen.caselaw.domain.SignalId;
import nl.toeslagen.caselaw.domain.SignalInputPolicy;
import nl.toeslagen.caselaw.domain.SignalSource;
import nl.toeslagen.caselaw.domain.Signals;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * The reads of the signal register: signals (paged, filtered), trends per category and period
 * (counted by the database), the categories with their thresholds, escalations with the signals and
 * cases behind them. Reads of signals and escalations are audited (a signal's summary may describe
 * a citizen's situation).
 */
@ApplicationScoped
@Transactional
public class SignalQueries {

  /** The most signals and cases an escalation's page lists (the newest). */
  public static final int DETAIL_LIMIT = 200;

  /** The longest span a trend covers: ten years. */
  public static final int MAX_TREND_MONTHS = 120;

  @Inject UnitOfWork work;
  @Inject Signals signals;
  @Inject SignalEscalations escalations;
  @Inject ActorProvider actors;
  @Inject Clock clock;

  /**
   * The signal just registered by the caller, as the register holds it now: after its threshold
   * evaluation, so with the escalation it opened or joined. Not audited as a read: the caller wrote
   * it (its registration is audited).
   */
  public SignalEntry registered(String signalId) {
    return SignalEntry.of(work.load(SignalCases.signals(signals), SignalId.of(signalId)));
  }

  /** Signals, newest first, filtered by source, category, dates and case; audited. */
  public SignalEntryPage list(
      String source, String category, String from, String to, String caseId, int page, int size) {
    SignalInputPolicy input = new SignalInputPolicy();
    SignalSource only = blank(source) ? null : input.code(SignalSource.class, "source", source);
    String code =
        blank(category)
            ? null
            : input.category(SignalCases.CATEGORIES, "category", category).code();
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    order(first, last);
    String ofCase = blank(caseId) ? null : caseId.strip().toLowerCase(java.util.Locale.ROOT);
    Signals.Filter filter = new Signals.Filter(only, code, first, last, ofCase);
    List<Signal> found = signals.list(filter, page * size, size);
    work.readAll(
        SignalCases.signals(signals),
        found,
        "PRACTICE_SIGNAL_VIEWED",
        "Signaal ingezien (lijst)",
        "signal viewed (list)");
    return new SignalEntryPage(
        found.stream().map(SignalEntry::of).toList(), signals.count(filter), page, size);
  }

  /**
   * Signals per category and period from {@code from} to {@code to} (default: the last twelve
   * months or four quarters up to today), every category of the data listed (a code no longer in
   * the data that still has signals too). Counted by the database per category and month; the
   * months are summed into quarters here (at most categories × 120 rows).
   */
  public SignalTrends trends(String period, String from, String to) {
    String unit = blank(period) ? "MONTH" : period.strip().toUpperCase(java.util.Locale.ROOT);
    boolean quarter;
    if (unit.equals("MONTH")) {
      quarter = false;
    } else if (unit.equals("QUARTER")) {
      quarter = true;
    } else {
      throw invalid(
          "period", "Kies als periode MONTH of QUARTER.", "Choose MONTH or QUARTER as the period.");
    }
    LocalDate today = today();
    LocalDate last = blank(to) ? today : date("to", to);
    LocalDate first =
        blank(from)
            ? (quarter
                ? quarterStart(last).minusMonths(9)
                : YearMonth.from(last).minusMonths(11).atDay(1))
            : date("from", from);
    order(first, last);
    if (ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last))
        >= MAX_TREND_MONTHS) {
      throw invalid(
          "from", "Een trend beslaat hoogstens tien jaar.", "A trend covers at most ten years.");
    }
    List<String> periods = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(last));
        m = m.plusMonths(1)) {
      String key = key(m, quarter);
      if (!index.containsKey(key)) {
        index.put(key, periods.size());
        periods.add(key);
      }
    }
    Map<String, long[]> byCategory = new LinkedHashMap<>();
    for (SignalCategories.Category c : SignalCases.CATEGORIES.all()) {
      byCategory.put(c.code(), new long[periods.size()]);
    }
    for (Signals.MonthCount row : signals.monthCounts(first, last)) {
      long[] counts = byCategory.computeIfAbsent(row.category(), c -> new long[periods.size()]);
      Integer at = index.get(key(YearMonth.of(row.year(), row.month()), quarter));
      if (at != null) {
        counts[at] += row.count();
      }
    }
    long[] periodTotals = new long[periods.size()];
    long total = 0;
    List<SignalTrendRow> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : byCategory.entrySet()) {
      long sum = 0;
      List<Long> counts = new ArrayList<>(periods.size());
      for (int i = 0; i < periods.size(); i++) {
        long n = e.getValue()[i];
        counts.add(n);
        sum += n;
        periodTotals[i] += n;
      }
      total += sum;
      rows.add(
          new SignalTrendRow(
              e.getKey(),
              SignalCases.labelNl(e.getKey()),
              SignalCases.labelEn(e.getKey()),
              counts,
              sum));
    }
    List<Long> totals = new ArrayList<>(periods.size());
    for (long n : periodTotals) {
      totals.add(n);
    }
    return new SignalTrends(
        quarter ? "QUARTER" : "MONTH", first, last, periods, rows, totals, total);
  }

  /** The categories of the data with their thresholds and what each counts today. */
  public List<SignalCategoryInfo> categories() {
    LocalDate today = today();
    Map<String, SignalEscalationId> open = escalations.openByCategory();
    List<SignalCategoryInfo> rows = new ArrayList<>();
    // one count per category of the data (a bounded list, not user input)
    for (SignalCategories.Category c : SignalCases.CATEGORIES.all()) {
      SignalEscalationId escalation = open.get(c.code());
      long counted =
          signals.countUnescalated(c.code(), today.minusDays(c.windowDays() - 1L), today);
      rows.add(
          new SignalCategoryInfo(
              c.code(),
              c.labelNl(),
              c.labelEn(),
              c.threshold(),
              c.windowDays(),
              counted,
              escalation == null ? null : escalation.value()));
    }
    return rows;
  }

  /** Escalations, newest first, optionally of one status and category. */
  public SignalEscalationPage escalations(String status, String category, int page, int size) {
    SignalInputPolicy input = new SignalInputPolicy();
    SignalEscalationStatus only =
        blank(status) ? null : input.code(SignalEscalationStatus.class, "status", status);
    String code =
        blank(category)
            ? null
            : input.category(SignalCases.CATEGORIES, "category", category).code();
    List<SignalEscalationSummary> rows =
        escalations.list(only, code, page * size, size).stream()
            .map(SignalEscalationSummary::of)
            .toList();
    return new SignalEscalationPage(rows, escalations.count(only, code), page, size);
  }

  /** An escalation with the signals and cases behind it; the read is audited. */
  public SignalEscalationDetails escalation(String escalationId) {
    SignalEscalation e =
        work.read(
            SignalCases.escalations(escalations),
            SignalEscalationId.ofPath(escalationId),
            "SIGNAL_ESCALATION_VIEWED",
            "Escalatie van signalen ingezien",
            "signal escalation viewed");
    List<Signal> behind = signals.ofEscalation(e.id(), DETAIL_LIMIT);
    List<SignalEscalationCase> cases =
        signals.casesOf(e.id(), DETAIL_LIMIT).stream()
            .map(
                c ->
                    new SignalEscalationCase(
                        c.caseType() == null ? null : c.caseType().name(),
                        c.caseId(),
                        c.caseNumber(),
                        c.signals()))
            .toList();
    boolean mayFollowUp = e.open() && actors.current().has(Role.TEAMLEIDER);
    return new SignalEscalationDetails(
        SignalEscalationSummary.of(e),
        behind.stream().map(SignalEntry::of).toList(),
        cases,
        e.open(),
        mayFollowUp ? List.of("FOLLOW_UP") : List.of());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }

  private static LocalDate quarterStart(LocalDate d) {
    return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
  }

  private static String key(YearMonth m, boolean quarter) {
    return quarter
        ? m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1)
        : String.format(java.util.Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue());
  }

  private static LocalDate date(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw invalid(field, "Vul een datum in als JJJJ-MM-DD.", "Enter a date as YYYY-MM-DD.");
    }
  }

  private static void order(LocalDate first, LocalDate last) {
    if (first != null && last != null && first.isAfter(last)) {
      throw invalid(
          "from", "De begindatum ligt na de einddatum.", "The start date is after the end date.");
    }
  }

  private static PolicyViolationException invalid(String field, String textNl, String textEn) {
    return PolicyDecision.refuse(SignalInputPolicy.NAME, textNl, textEn)
        .violation()
        .as(PolicyViolationException.Kind.INVALID)
        .onField(field);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
