package nl.toeslagen.fraudreview.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.fraudreview.application.SignalService;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;

/**
 * A signal's audit timeline is read by the roles that may read the signal (the roles on {@link
 * SignalResource#get}). Citizen-level entries (for example a search by BSN) tell whether a citizen
 * is under supervision: only supervision, the technical specialists, the privacy adviser and the
 * inspectorate read them.
 */
@ApplicationScoped
public class SignalAuditedObjects implements AuditedObjectTypes {

  public static final String CITIZEN = "CITIZEN";

  static final Set<Role> SIGNAL_READERS = Set.of(Role.TOEZICHT, Role.VAKTECHNIEK);

  static final Set<Role> CITIZEN_READERS =
      Set.of(Role.TOEZICHT, Role.VAKTECHNIEK, Role.PRIVACY, Role.INSPECTIE);

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(
        new AuditedObjectType(SignalService.OBJECT_TYPE, "signals", "id", SIGNAL_READERS),
        new AuditedObjectType(CITIZEN, null, null, CITIZEN_READERS));
  }
}
