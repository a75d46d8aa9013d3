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
import java.util.stream.Collectors;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.fraudreview.domain.Zienswijze;
import nl.toeslagen.fraudreview.domain.ZienswijzeRequest;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Money;

/** Row of {@code fr_signal}; optimistic locking stops two reviewers approving at once. */
@Entity
@Table(name = "fr_signal")
public class SignalEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(name = "case_number", length = 20, nullable = false, unique = true, updatable = false)
  String caseNumber;

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

  @Column(name = "zr_requested_on")
  LocalDate requestRequestedOn;

  @Column(name = "zr_respond_by")
  LocalDate requestRespondBy;

  @Column(name = "zr_requested_by")
  String requestRequestedBy;

  @Column(name = "zr_facts")
  String requestFacts;

  @Column(name = "zr_fine_recovery_cents")
  Long requestFineRecoveryCents;

  @Column(name = "zr_fine_percentage")
  Integer requestFinePercentage;

  @Column(name = "zr_fine_max_percentage")
  Integer requestFineMaxPercentage;

  @Column(name = "zr_fine_repeat")
  Boolean requestFineRepeat;

  @Column(name = "zr_fine_corrected")
  Boolean requestFineCorrected;

  @Column(name = "zr_fine_report_reference")
  String requestFineReportReference;

  @Column(name = "zr_fine_amount_cents")
  Long requestFineAmountCents;

  @Version long version;

  @OneToMany(mappedBy = "signal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  List<DeterminationEntity> determinations = new ArrayList<>();

  protected SignalEntity() {}

  static SignalEntity of(Signal s) {
    SignalEntity e = new SignalEntity();
    e.id = s.id().value();
    e.caseNumber = s.caseNumber().toString();
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

  /**
   * Copies what can change: phase, priority, outcome, retention date (set by the schedule at
   * closure), zienswijze request, zienswijze and determinations.
   */
  void apply(Signal s) {
    retentionDate = s.retentionDate();
    phase = s.phase();
    priority = s.priority();
    outcome = s.outcome().orElse(null);
    closedAt = s.closedAt() == null ? null : s.closedAt().atOffset(ZoneOffset.UTC);
    ZienswijzeRequest r = s.zienswijzeRequest();
    if (r != null) {
      requestRequestedOn = r.requestedOn();
      requestRespondBy = r.respondBy();
      requestRequestedBy = r.requestedBy();
      requestFacts =
          r.facts().stream().map(f -> f.replace('\n', ' ')).collect(Collectors.joining("\n"));
      FineProposal fine = r.intendedFine();
      requestFineRecoveryCents = fine.recovery().cents();
      requestFinePercentage = fine.percentage();
      requestFineMaxPercentage = fine.maximumPercentage();
      requestFineRepeat = fine.repeatWithinFiveYears();
      requestFineCorrected = fine.correctedBeforeAware();
      requestFineReportReference = fine.reportReference();
      requestFineAmountCents = fine.amount().cents();
    }
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
    ZienswijzeRequest request =
        requestRequestedOn == null
            ? null
            : new ZienswijzeRequest(
                requestRequestedOn,
                requestRespondBy,
                requestFacts == null || requestFacts.isEmpty()
                    ? List.of()
                    : List.of(requestFacts.split("\n")),
                new FineProposal(
                    Money.ofCents(requestFineRecoveryCents),
                    requestFinePercentage,
                    requestFineMaxPercentage,
                    Boolean.TRUE.equals(requestFineRepeat),
                    Boolean.TRUE.equals(requestFineCorrected),
                    requestFineReportReference,
                    Money.ofCents(requestFineAmountCents)),
                requestRequestedBy);
    return Signal.restore(
        SignalId.of(id),
        CaseNumber.parse("caseNumber", caseNumber),
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
        request,
        z,
        outcome,
        closedAt == null ? null : closedAt.toInstant(),
        determinations.stream().map(DeterminationEntity::toDomain).toList());
  }
}
