package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;

/**
 * Who reads the audit timeline of an appeal: the roles that read the appeal itself (the handlers,
 * the professional line, the team leader, the inspectorate).
 */
@ApplicationScoped
public class AppealAuditedObjects implements AuditedObjectTypes {

  static final Set<Role> READERS =
      Set.of(Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TEAMLEIDER, Role.INSPECTIE);

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(new AuditedObjectType(AppealId.OBJECT_TYPE, "appeals", "id", READERS));
  }
}
