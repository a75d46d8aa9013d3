package nl.toeslagen.caselaw.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.caselaw.domain.SignalEscalation;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalEscalationStatus;
import nl.toeslagen.caselaw.domain.SignalFollowUp;
import nl.toeslagen.kernel.CaseNumber;

/**
 * Row of {@code cl_signal_escalation}. {@code open_category} is the category while the escalation
 * is open and null after its follow-up: its unique index keeps one open escalation per category.
 */
@Entity
@Table(name = "cl_signal_escalation")
public class SignalEscalationEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(name = "case_number", updatable = false)
  String caseNumber;

  @Column(updatable = false)
  String category;

  @Column(name = "open_category")
  String openCategory;

  @Column(updatable = false)
  int threshold;

  @Column(name = "window_days", updatable = false)
  int windowDays;

  @Column(name = "opened_on", updatable = false)
  LocalDate openedOn;

  @Column(name = "opened_at", updatable = false)
  OffsetDateTime openedAt;

  @Column(name = "signals_at_opening", updatable = false)
  int signalsAtOpening;

  @Column(name = "signal_count")
  int signalCount;

  @Column(name = "last_signal_on")
  LocalDate lastSignalOn;

  String status;

  @Column(name = "follow_up_decision", length = 4000)
  String followUpDecision;

  @Column(name = "follow_up_owner", length = 200)
  String followUpOwner;

  @Column(name = "follow_up_date")
  LocalDate followUpDate;

  @Column(name = "follow_up_by")
  String followUpBy;

  @Column(name = "follow_up_at")
  OffsetDateTime followUpAt;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  static SignalEscalationEntity of(SignalEscalation s) {
    SignalEscalationEntity e = new SignalEscalationEntity();
    e.id = s.id().value();
    e.caseNumber = s.caseNumber().toString();
    e.category = s.category();
    e.threshold = s.threshold();
    e.windowDays = s.windowDays();
    e.openedOn = s.openedOn();
    e.openedAt = s.openedAt().atOffset(ZoneOffset.UTC);
    e.signalsAtOpening = s.signalsAtOpening();
    e.apply(s);
    return e;
  }

  void apply(SignalEscalation s) {
    openCategory = s.open() ? s.category() : null;
    signalCount = s.signalCount();
    lastSignalOn = s.lastSignalOn();
    status = s.status().name();
    SignalFollowUp f = s.followUp();
    followUpDecision = f == null ? null : f.decision();
    followUpOwner = f == null ? null : f.owner();
    followUpDate = f == null ? null : f.date();
    followUpBy = f == null ? null : f.recordedBy();
    followUpAt =
        f == null || f.recordedAt() == null ? null : f.recordedAt().atOffset(ZoneOffset.UTC);
  }

  SignalEscalation toDomain() {
    return new SignalEscalation(
        SignalEscalationId.of(id),
        CaseNumber.parse("caseNumber", caseNumber),
        category,
        threshold,
        windowDays,
        openedOn,
        openedAt.toInstant(),
        signalsAtOpening,
        signalCount,
        lastSignalOn,
        SignalEscalationStatus.valueOf(status),
        followUpDecision == null
            ? null
            : new SignalFollowUp(
                followUpDecision,
                followUpOwner,
                followUpDate,
                followUpBy,
                followUpAt == null ? null : followUpAt.toInstant()),
        rowVersion);
  }
}
