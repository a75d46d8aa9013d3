package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.SelectionRun;

/**
 * Who reads the audit timelines of risk selection: the same roles that read the objects. Rule sets
 * and the catalogue are public to the agency's reviewers and the inspectorate; a run names citizens
 * (masked) and is read by supervision, the privacy adviser and the inspectorate.
 */
@ApplicationScoped
public class RiskSelectionAuditedObjects implements AuditedObjectTypes {

  static final Set<Role> RULE_SET_READERS =
      Set.of(Role.TOEZICHT, Role.VAKTECHNIEK, Role.PRIVACY, Role.INSPECTIE);

  static final Set<Role> RUN_READERS = Set.of(Role.TOEZICHT, Role.PRIVACY, Role.INSPECTIE);

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(
        new AuditedObjectType(RuleSetId.OBJECT_TYPE, "selection-rules", "id", RULE_SET_READERS),
        new AuditedObjectType(SelectionRun.OBJECT_TYPE, "selection-runs", "id", RUN_READERS),
        new AuditedObjectType(ClassificationChange.OBJECT_TYPE, null, null, RULE_SET_READERS));
  }
}
