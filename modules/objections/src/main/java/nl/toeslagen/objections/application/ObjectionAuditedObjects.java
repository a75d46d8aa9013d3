package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;

/**
 * The objection's audit timeline is read by the roles that may read the objection (the roles on
 * {@code GET /api/objections/{id}}); refused requests under {@code /api/objections/{id}} are filed
 * under the objection.
 */
@ApplicationScoped
public class ObjectionAuditedObjects implements AuditedObjectTypes {

  static final Set<Role> READERS =
      Set.of(Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TEAMLEIDER, Role.INSPECTIE);

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(new AuditedObjectType(ObjectionCases.OBJECT_TYPE, "objections", "id", READERS));
  }
}
