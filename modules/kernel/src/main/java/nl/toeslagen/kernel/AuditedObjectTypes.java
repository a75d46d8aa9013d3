package nl.toeslagen.kernel;

import java.util.List;

/**
 * Declared by each bounded context (as a CDI bean): the object types it audits and who may read
 * their audit timelines. The web layer collects all declarations to decide who reads which timeline
 * and under which object a refused request is filed.
 */
public interface AuditedObjectTypes {

  List<AuditedObjectType> auditedObjectTypes();
}
