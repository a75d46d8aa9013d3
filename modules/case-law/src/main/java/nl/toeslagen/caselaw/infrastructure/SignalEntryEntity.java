package nl.toeslagen.caselaw.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.caselaw.domain.Signal;
import nl.toeslagen.caselaw.domain.SignalCaseType;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalId;
import nl.toeslagen.caselaw.domain.SignalSource;

/**
 * Row of {@code cl_signal}: every field a column (a signal has no nested data). The year and month
 * of its date are columns too, so that trends are counted by the database.
 */
@Entity
@Table(name = "cl_signal")
public class SignalEntryEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(updatable = false)
  String source;

  @Column(updatable = false)
  String category;

  @Column(name = "signal_date", updatable = false)
  LocalDate date;

  @Column(name = "signal_year", updatable = false)
  int year;

  @Column(name = "signal_month", updatable = false)
  int month;

  @Column(name = "case_type", updatable = false)
  String caseType;

  @Column(name = "case_id", updatable = false)
  String caseId;

  @Column(name = "case_number", updatable = false)
  String caseNumber;

  @Column(updatable = false, length = 2000)
  String summary;

  @Column(name = "registered_by", updatable = false)
  String registeredBy;

  @Column(name = "registered_at", updatable = false)
  OffsetDateTime registeredAt;

  @Column(name = "escalation_id")
  String escalationId;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  static SignalEntryEntity of(Signal s) {
    SignalEntryEntity e = new SignalEntryEntity();
    e.id = s.id().value();
    e.source = s.source().name();
    e.category = s.category();
    e.date = s.date();
    e.year = s.date().getYear();
    e.month = s.date().getMonthValue();
    e.caseType = s.caseType() == null ? null : s.caseType().name();
    e.caseId = s.caseId();
    e.caseNumber = s.caseNumber();
    e.summary = s.summary();
    e.registeredBy = s.registeredBy();
    e.registeredAt = s.registeredAt().atOffset(ZoneOffset.UTC);
    e.apply(s);
    return e;
  }

  void apply(Signal s) {
    escalationId = s.escalation() == null ? null : s.escalation().value();
  }

  Signal toDomain() {
    return new Signal(
        SignalId.of(id),
        SignalSource.valueOf(source),
        category,
        date,
        caseType == null ? null : SignalCaseType.valueOf(caseType),
        caseId,
        caseNumber,
        summary,
        registeredBy,
        registeredAt.toInstant(),
        escalationId == null ? null : SignalEscalationId.of(escalationId),
        rowVersion);
  }
}
