package nl.toeslagen.fraudreview.infrastructure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.fraudreview.domain.Zienswijze;
import nl.toeslagen.kernel.Bsn;

/** Row of {@code fr_signal}; optimistic locking stops two reviewers approving at once. */
@Entity
@Table(name = "fr_signal")
public class SignalEntity {

  @Id
  @Column(length = 36)
  String id;

  String bsn;

  @Enumerated(EnumType.STRING)
  @Column(name = "benefit_type")
  BenefitType benefitType;

  @Enumerated(EnumType.STRING)
  SignalSource source;

  String description;

  @Column(name = "processing_basis")
  String processingBasis;

  @Column(name = "retention_date")
  LocalDate retentionDate;

  @Column(name = "registered_by")
  String registeredBy;

  @Column(name = "registered_at")
  OffsetDateTime registeredAt;

  @Enumerated(EnumType.STRING)
  Phase phase;

  @Enumerated(EnumType.STRING)
  Priority priority;

  @Enumerated(EnumType.STRING)
  Conclusion outcome;

  @Column(name = "closed_at")
  OffsetDateTime closedAt;

  @Column(name = "zienswijze_requested_on")
  LocalDate zienswijzeRequestedOn;

  @Column(name = "zienswijze_recorded_on")
  LocalDate zienswijzeRecordedOn;

  @Column(name = "zienswijze_responded")
  Boolean zienswijzeResponded;

  @Column(name = "zienswijze_summary")
  String zienswijzeSummary;

  @Column(name = "zienswijze_recorded_by")
  String zienswijzeRecordedBy;

  @Version long version;

  @OneToMany(mappedBy = "signal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  List<DeterminationEntity> determinations = new ArrayList<>();

  protected SignalEntity() {}

  static SignalEntity of(Signal s) {
    SignalEntity e = new SignalEntity();
    e.id = s.id().value();
    e.bsn = s.citizen().value();
    e.benefitType = s.benefitType();
    e.source = s.source();
    e.description = s.description();
    e.processingBasis = s.processingBasis();
    e.retentionDate = s.retentionDate();
    e.registeredBy = s.registeredBy();
    e.registeredAt = s.registeredAt().atOffset(ZoneOffset.UTC);
    e.apply(s);
    return e;
  }

  /** Copies what can change: phase, priority, outcome, zienswijze and determinations. */
  void apply(Signal s) {
    phase = s.phase();
    priority = s.priority();
    outcome = s.outcome().orElse(null);
    closedAt = s.closedAt() == null ? null : s.closedAt().atOffset(ZoneOffset.UTC);
    Zienswijze z = s.zienswijze();
    if (z != null) {
      zienswijzeRequestedOn = z.requestedOn();
      zienswijzeRecordedOn = z.recordedOn();
      zienswijzeResponded = z.responded();
      zienswijzeSummary = z.summary();
      zienswijzeRecordedBy = z.recordedBy();
    }
    List<Determination> all = s.determinations();
    for (int i = 0; i < all.size(); i++) {
      Determination d = all.get(i);
      DeterminationEntity existing =
          determinations.stream().filter(x -> x.id.equals(d.id())).findFirst().orElse(null);
      if (existing == null) {
        determinations.add(DeterminationEntity.of(this, i + 1, d));
      } else {
        existing.applyReview(d);
      }
    }
  }

  Signal toDomain() {
    Zienswijze z =
        zienswijzeRecordedOn == null
            ? null
            : new Zienswijze(
                zienswijzeRequestedOn,
                zienswijzeRecordedOn,
                Boolean.TRUE.equals(zienswijzeResponded),
                zienswijzeSummary,
                zienswijzeRecordedBy);
    return Signal.restore(
        SignalId.of(id),
        Bsn.of(bsn),
        benefitType,
        source,
        description,
        processingBasis,
        retentionDate,
        registeredBy,
        registeredAt.toInstant(),
        phase,
        priority,
        z,
        outcome,
        closedAt == null ? null : closedAt.toInstant(),
        determinations.stream().map(DeterminationEntity::toDomain).toList());
  }
}
