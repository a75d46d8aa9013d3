package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;

/**
 * A signal's audit timeline is read by the roles that may read the signal (the roles on {@code GET
 * /api/signals/{id}}). Citizen-level entries (for example a search by BSN) tell whether a citizen
 * is under supervision: only supervision, the technical specialists, the privacy adviser and the
 * inspectorate read them.
 */
@ApplicationScoped
public class SignalAuditedObjects implements AuditedObjectTypes {

  /** The object type of signals in the audit trail. */
  public static final String SIGNAL = SignalId.OBJECT_TYPE;

  /** The object type of citizen-level entries (the masked BSN). */
  public static final String CITIZEN = "CITIZEN";

  static final Set<Role> SIGNAL_READERS = Set.of(Role.TOEZICHT, Role.VAKTECHNIEK, Role.INSPECTIE);

  static final Set<Role> CITIZEN_READERS =
      Set.of(Role.TOEZICHT, Role.VAKTECHNIEK, Role.PRIVACY, Role.INSPECTIE);

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(
        new AuditedObjectType(SIGNAL, "signals", "id", SIGNAL_READERS),
        new AuditedObjectType(CITIZEN, null, null, CITIZEN_READERS));
  }
}
