package nl.toeslagen.fraudreview.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.DeterminationStatus;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;

/** Row of {@code fr_determination}. */
@Entity
@Table(name = "fr_determination")
public class DeterminationEntity {

  @Id
  @Column(length = 36)
  String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "signal_id")
  SignalEntity signal;

  int seq;

  @Enumerated(EnumType.STRING)
  Phase phase;

  @Enumerated(EnumType.STRING)
  Conclusion conclusion;

  String reasons;
  String facts;

  @Column(name = "legal_references")
  String legalReferences;

  @Enumerated(EnumType.STRING)
  Priority priority;

  String author;

  @Column(name = "authored_at")
  OffsetDateTime authoredAt;

  @Enumerated(EnumType.STRING)
  DeterminationStatus status;

  String reviewer;

  @Column(name = "review_reasons")
  String reviewReasons;

  @Column(name = "reviewed_at")
  OffsetDateTime reviewedAt;

  @Column(name = "fine_recovery_cents")
  Long fineRecoveryCents;

  @Column(name = "fine_percentage")
  Integer finePercentage;

  @Column(name = "fine_max_percentage")
  Integer fineMaxPercentage;

  @Column(name = "fine_repeat")
  Boolean fineRepeat;

  @Column(name = "fine_corrected")
  Boolean fineCorrected;

  @Column(name = "fine_report_reference")
  String fineReportReference;

  @Column(name = "fine_amount_cents")
  Long fineAmountCents;

  protected DeterminationEntity() {}

  static DeterminationEntity of(SignalEntity signal, int seq, Determination d) {
    DeterminationEntity e = new DeterminationEntity();
    e.id = d.id();
    e.signal = signal;
    e.seq = seq;
    e.phase = d.phase();
    e.conclusion = d.conclusion();
    e.reasons = d.reasons();
    e.facts = d.facts().stream().map(f -> f.replace('\n', ' ')).collect(Collectors.joining("\n"));
    e.legalReferences =
        d.legalReferences().stream().map(LegalReference::toString).collect(Collectors.joining(";"));
    e.priority = d.priority();
    e.author = d.author();
    e.authoredAt = d.authoredAt().atOffset(ZoneOffset.UTC);
    FineProposal fine = d.fine();
    if (fine != null) {
      e.fineRecoveryCents = fine.recovery().cents();
      e.finePercentage = fine.percentage();
      e.fineMaxPercentage = fine.maximumPercentage();
      e.fineRepeat = fine.repeatWithinFiveYears();
      e.fineCorrected = fine.correctedBeforeAware();
      e.fineReportReference = fine.reportReference();
      e.fineAmountCents = fine.amount().cents();
    }
    e.applyReview(d);
    return e;
  }

  void applyReview(Determination d) {
    status = d.status();
    reviewer = d.reviewer();
    reviewReasons = d.reviewReasons();
    reviewedAt = d.reviewedAt() == null ? null : d.reviewedAt().atOffset(ZoneOffset.UTC);
  }

  Determination toDomain() {
    FineProposal fine =
        fineAmountCents == null
            ? null
            : new FineProposal(
                Money.ofCents(fineRecoveryCents),
                finePercentage,
                fineMaxPercentage,
                Boolean.TRUE.equals(fineRepeat),
                Boolean.TRUE.equals(fineCorrected),
                fineReportReference,
                Money.ofCents(fineAmountCents));
    return Determination.restore(
        id,
        phase,
        conclusion,
        reasons,
        facts == null || facts.isEmpty() ? List.of() : List.of(facts.split("\n")),
        legalReferences == null || legalReferences.isEmpty()
            ? List.of()
            : Arrays.stream(legalReferences.split(";")).map(LegalReference::parse).toList(),
        priority,
        fine,
        author,
        authoredAt.toInstant(),
        status,
        reviewer,
        reviewReasons,
        reviewedAt == null ? null : reviewedAt.toInstant());
  }
}
