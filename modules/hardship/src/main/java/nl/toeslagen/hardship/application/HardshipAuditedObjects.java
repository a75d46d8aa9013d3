package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;

/**
 * Who reads the audit timeline of a hardship request: the roles that read the request itself (the
 * handlers, the professional line, the team leader, the inspectorate).
 */
@ApplicationScoped
public class HardshipAuditedObjects implements AuditedObjectTypes {

  /** The object type of a citizen search (the BSN masked). */
  public static final String CITIZEN = "HARDSHIP_CITIZEN";

  static final Set<Role> READERS =
      Set.of(Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TEAMLEIDER, Role.INSPECTIE);

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(
        new AuditedObjectType(HardshipRequestId.OBJECT_TYPE, "hardship-requests", "id", READERS),
        new AuditedObjectType(CITIZEN, null, null, Set.of(Role.INSPECTIE)));
  }
}
