package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalId;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;
import nl.toeslagen.kernel.Role;

/**
 * Who reads the audit timeline of a signal and of an escalation: those who read the register
 * (management, the professional line, the inspectorate, which watches the follow-up).
 */
@ApplicationScoped
public class SignalAuditedObjects implements AuditedObjectTypes {

  /** The object type of a signal in the register ({@code SIGNAL} is the fraud-review signal). */
  public static final String SIGNAL = SignalId.OBJECT_TYPE;

  public static final String SIGNAL_ESCALATION = SignalEscalationId.OBJECT_TYPE;

  static final Set<Role> READERS = Set.of(Role.TEAMLEIDER, Role.VAKTECHNIEK, Role.INSPECTIE);

  @Override
  public List<AuditedObjectType> auditedObjectTypes() {
    return List.of(
        new AuditedObjectType(SIGNAL, null, null, READERS),
        new AuditedObjectType(SIGNAL_ESCALATION, "signal-escalations", "id", READERS));
  }
}
