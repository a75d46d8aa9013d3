package nl.toeslagen.caselaw.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.caselaw.domain.Appeal;
import nl.toeslagen.caselaw.domain.AppealAppellant;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.AppealLevel;
import nl.toeslagen.caselaw.domain.AppealStatus;
import nl.toeslagen.kernel.CaseNumber;

/** Row of {@code cl_appeal}: the queried fields as columns, the steps as a JSON document. */
@Entity
@Table(name = "cl_appeal")
public class AppealEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(name = "case_number", updatable = false)
  String caseNumber;

  @Column(name = "objection_id", updatable = false)
  String objectionId;

  @Column(name = "appeal_level", updatable = false)
  String level;

  @Column(updatable = false)
  String court;

  @Column(name = "court_case_number", updatable = false)
  String courtCaseNumber;

  @Column(name = "lodged_on", updatable = false)
  LocalDate lodgedOn;

  String status;

  @Column(name = "is_open")
  boolean open;

  @Column(name = "registered_at", updatable = false)
  OffsetDateTime registeredAt;

  @Column(name = "state_version")
  int stateVersion;

  @Column(name = "state_json", length = 1000000)
  String stateJson;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  static AppealEntity of(Appeal a) {
    AppealEntity e = new AppealEntity();
    e.id = a.id().value();
    e.caseNumber = a.caseNumber().toString();
    e.objectionId = a.objectionId();
    e.level = a.level().name();
    e.court = a.court();
    e.courtCaseNumber = a.courtCaseNumber();
    e.lodgedOn = a.lodgedOn();
    e.registeredAt = a.registeredAt().atOffset(ZoneOffset.UTC);
    e.apply(a);
    return e;
  }

  void apply(Appeal a) {
    status = a.status().name();
    open = !a.status().closed();
    stateVersion = AppealJson.STATE_VERSION;
    stateJson = AppealJson.write(AppealJson.Document.of(a));
  }

  Appeal toDomain() {
    AppealJson.Document d = AppealJson.read(stateVersion, stateJson);
    return new Appeal(
        new Appeal.State(
            AppealId.of(id),
            CaseNumber.parse("caseNumber", caseNumber),
            objectionId,
            d.objectionCaseNumber(),
            d.objectionDecidedOn(),
            d.objectionDrafters(),
            d.objectionReviewers(),
            AppealLevel.valueOf(level),
            court,
            courtCaseNumber,
            lodgedOn,
            AppealAppellant.valueOf(d.appellant()),
            d.previousAppealId(),
            d.registeredBy(),
            registeredAt.toInstant(),
            d.defenceDueOn(),
            d.checkDueOn(),
            AppealStatus.valueOf(status),
            d.check(),
            d.defence(),
            d.hearing(),
            d.ruling(),
            d.closedAt(),
            rowVersion));
  }
}
