package nl.toeslagen.caselaw.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A signal in the central register: something that came in or happened (a complaint, a phone topic,
 * a citizen's letter, an objection, a hardship request's signal for policy, a ruling against the
 * agency) with its source, category, date and the case behind it. Signals of a category are counted
 * against its threshold; one that arrives while its category is escalated joins that escalation. A
 * signal carries no citizen number; the linked case holds the citizen's data.
 */
public final class Signal {

  /** The longest summary. */
  public static final int MAX_SUMMARY = 2000;

  private final SignalId id;
  private final SignalSource source;
  private final String category;
  private final LocalDate date;
  private final SignalCaseType caseType;
  private final String caseId;
  private final String caseNumber;
  private final String summary;
  private final String registeredBy;
  private final Instant registeredAt;
  private SignalEscalationId escalation;
  private final long version;

  /** The whole state, as storage rebuilds it. */
  public Signal(
      SignalId id,
      SignalSource source,
      String category,
      LocalDate date,
      SignalCaseType caseType,
      String caseId,
      String caseNumber,
      String summary,
      String registeredBy,
      Instant registeredAt,
      SignalEscalationId escalation,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.source = Objects.requireNonNull(source, "source");
    this.category = Objects.requireNonNull(category, "category");
    this.date = Objects.requireNonNull(date, "date");
    this.caseType = caseType;
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.summary = Objects.requireNonNull(summary, "summary");
    this.registeredBy = registeredBy;
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    this.escalation = escalation;
    this.version = version;
  }

  /**
   * A new signal, already checked by {@link SignalInputPolicy}; it joins {@code openEscalation}
   * when its category is escalated (else null).
   */
  public static Signal record(
      SignalId id,
      SignalSource source,
      SignalCategories.Category category,
      LocalDate date,
      SignalCaseType caseType,
      String caseId,
      String caseNumber,
      String summary,
      String registeredBy,
      Instant registeredAt,
      SignalEscalationId openEscalation) {
    return new Signal(
        id,
        source,
        category.code(),
        date,
        caseType,
        caseId,
        caseNumber,
        summary.strip(),
        registeredBy,
        registeredAt,
        openEscalation,
        0);
  }

  /** Marks the signal as one of the signals behind {@code escalation}. */
  public void join(SignalEscalationId escalation) {
    if (this.escalation == null) {
      this.escalation = Objects.requireNonNull(escalation, "escalation");
    }
  }

  public SignalId id() {
    return id;
  }

  public SignalSource source() {
    return source;
  }

  /** The category code. */
  public String category() {
    return category;
  }

  public LocalDate date() {
    return date;
  }

  /** The kind of case behind it, or null. */
  public SignalCaseType caseType() {
    return caseType;
  }

  /** The case's id, or null. */
  public String caseId() {
    return caseId;
  }

  /** The case's number or the ruling's ECLI, or null. */
  public String caseNumber() {
    return caseNumber;
  }

  public String summary() {
    return summary;
  }

  /** Who registered it ({@code system} for a signal recorded by the system). */
  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  /** The escalation it is one of, or null. */
  public SignalEscalationId escalation() {
    return escalation;
  }

  public long version() {
    return version;
  }
}
