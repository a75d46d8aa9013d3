package nl.toeslagen.hardship.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.hardship.domain.BenefitType;
import nl.toeslagen.hardship.domain.HardshipKind;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.HardshipStatus;
import nl.toeslagen.hardship.domain.Steps;
import nl.toeslagen.hardship.domain.Track;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;

/** Row of {@code hs_request}: the queried fields as columns, the steps as a JSON document. */
@Entity
@Table(name = "hs_request")
public class HardshipRequestEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(name = "case_number", updatable = false)
  String caseNumber;

  @Column(updatable = false)
  String bsn;

  @Column(name = "bsn_hash", updatable = false)
  String bsnHash;

  @Column(name = "benefit_type", updatable = false)
  String benefitType;

  @Column(name = "recovery_reference", updatable = false)
  String recoveryReference;

  @Column(name = "recovery_amount_cents", updatable = false)
  long recoveryAmountCents;

  @Column(updatable = false)
  String kind;

  String track;

  String status;

  @Column(name = "is_open")
  boolean open;

  @Column(name = "received_on", updatable = false)
  LocalDate receivedOn;

  @Column(name = "triage_deadline", updatable = false)
  LocalDate triageDeadline;

  @Column(name = "registered_at", updatable = false)
  OffsetDateTime registeredAt;

  @Column(name = "decided_at")
  OffsetDateTime decidedAt;

  @Column(name = "policy_signal")
  String policySignal;

  @Column(name = "state_version")
  int stateVersion;

  @Column(name = "state_json", length = 1000000)
  String stateJson;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  static HardshipRequestEntity of(HardshipRequest r) {
    HardshipRequestEntity e = new HardshipRequestEntity();
    e.id = r.id().value();
    e.caseNumber = r.caseNumber().toString();
    e.bsn = r.citizen().value();
    e.bsnHash = r.citizen().lookupHash();
    e.benefitType = r.benefitType().name();
    e.recoveryReference = r.recoveryReference();
    e.recoveryAmountCents = r.recoveryAmountCents();
    e.kind = r.kind().name();
    e.receivedOn = r.receivedOn();
    e.triageDeadline = r.triageDeadline();
    e.registeredAt = r.registeredAt().atOffset(ZoneOffset.UTC);
    e.apply(r);
    return e;
  }

  void apply(HardshipRequest r) {
    track = r.track().name();
    status = r.status().name();
    open = r.open();
    decidedAt = r.decidedAt() == null ? null : r.decidedAt().atOffset(ZoneOffset.UTC);
    policySignal = r.decision().map(Steps.Assessment::policySignal).map(Enum::name).orElse(null);
    stateVersion = HardshipJson.STATE_VERSION;
    stateJson = HardshipJson.write(HardshipJson.State.of(r));
  }

  HardshipRequest toDomain() {
    HardshipJson.State s = HardshipJson.read(stateVersion, stateJson);
    return new HardshipRequest(
        HardshipRequestId.of(id),
        CaseNumber.parse("caseNumber", caseNumber),
        Bsn.of(bsn),
        BenefitType.valueOf(benefitType),
        recoveryReference,
        recoveryAmountCents,
        HardshipKind.valueOf(kind),
        s.circumstances(),
        s.urgency(),
        s.registeredBy(),
        registeredAt.toInstant(),
        receivedOn,
        triageDeadline,
        Track.valueOf(track),
        s.urgentContactDeadline(),
        HardshipStatus.valueOf(status),
        s.triage(),
        s.contact(),
        s.emergencyPayments(),
        s.referrals(),
        s.assessments(),
        s.reviews(),
        s.escalations(),
        decidedAt == null ? null : decidedAt.toInstant(),
        rowVersion);
  }
}
