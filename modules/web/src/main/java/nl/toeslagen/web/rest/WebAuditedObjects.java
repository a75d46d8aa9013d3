package nl.toeslagen.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;

/**
 * The object types the web layer itself audits: tasks (read by managers, who assign them, and the
 * inspectorate) and user accounts (administrators and the inspectorate, as on {@code /api/users}).
 */
@ApplicationScoped
public class WebAuditedObjects implements AuditedObjectTypes {

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(
        new AuditedObjectType("TASK", "tasks", "id", Set.of(Role.TEAMLEIDER, Role.INSPECTIE)),
        new AuditedObjectType("USER", null, null, Set.of(Role.BEHEER, Role.INSPECTIE)));
  }
}
