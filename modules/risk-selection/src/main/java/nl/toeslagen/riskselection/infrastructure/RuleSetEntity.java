package nl.toeslagen.riskselection.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetStatus;
import nl.toeslagen.riskselection.infrastructure.RiskSelectionJson.RuleSetState;

/** Row of {@code rs_rule_set}; optimistic locking stops two reviewers taking one step at once. */
@Entity
@Table(name = "rs_rule_set")
public class RuleSetEntity {

  @Id
  @Column(length = 36)
  String id;

  String name;

  @Column(name = "version_number", updatable = false)
  int versionNumber;

  @Column(name = "predecessor_id", updatable = false)
  String predecessorId;

  String status;

  @Column(updatable = false)
  String owner;

  @Column(updatable = false)
  int threshold;

  @Column(length = 2000, updatable = false)
  String purpose;

  @Column(name = "legal_basis", updatable = false)
  String legalBasis;

  @Column(name = "features_used", length = 1300, updatable = false)
  String featuresUsed;

  @Column(name = "dmn_xml", length = 1000000, updatable = false)
  String dmnXml;

  @Column(name = "state_json", length = 1000000)
  String stateJson;

  @Column(name = "created_at", updatable = false)
  OffsetDateTime createdAt;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  static RuleSetEntity of(RuleSet r) {
    RuleSetEntity e = new RuleSetEntity();
    e.id = r.id().value();
    e.name = r.name();
    e.versionNumber = r.version();
    e.predecessorId = r.predecessor() == null ? null : r.predecessor().value();
    e.owner = r.owner();
    e.threshold = r.threshold();
    e.purpose = r.purpose();
    e.legalBasis = r.legalBasis().toString();
    e.featuresUsed = String.join(",", r.featuresUsed());
    e.dmnXml = r.dmnXml();
    e.createdAt = r.createdAt().atOffset(ZoneOffset.UTC);
    e.apply(r);
    return e;
  }

  void apply(RuleSet r) {
    status = r.status().name();
    stateJson =
        RiskSelectionJson.write(
            new RuleSetState(
                r.indicators(),
                r.proxyJustification(),
                r.biasTest(),
                r.impactAssessment(),
                r.approvals(),
                r.suspendedByBias(),
                r.suspensionReason()));
  }

  RuleSet toDomain() {
    RuleSetState state = RiskSelectionJson.read(stateJson, RuleSetState.class);
    return new RuleSet(
        RuleSetId.of(id),
        name,
        versionNumber,
        predecessorId == null ? null : RuleSetId.of(predecessorId),
        purpose,
        LegalReference.parse(legalBasis),
        owner,
        threshold,
        state.indicators() == null ? List.of() : state.indicators(),
        featuresUsed.isEmpty() ? List.of() : Arrays.asList(featuresUsed.split(",")),
        dmnXml,
        state.proxyJustification(),
        createdAt.toInstant(),
        RuleSetStatus.valueOf(status),
        state.biasTest(),
        state.impactAssessment(),
        state.approvals() == null ? List.of() : state.approvals(),
        state.suspendedByBias(),
        state.suspensionReason());
  }
}
