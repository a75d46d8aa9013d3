package nl.toeslagen.audit.api;

/**
 * Something that happened and must be written to the audit log. Fire it with CDI {@code
 * Event<AuditEvent>.fire(...)} (synchronously, inside the transaction of the change) or pass it to
 * {@link AuditLog#record(AuditEvent)}.
 *
 * @param actor user name of who acted (e.g. "j.jansen", or "systeem")
 * @param role role in which the actor acted (e.g. "BEHANDELAAR"); may be null for system actions
 * @param action what was done, upper snake case (e.g. "OBJECTION_REGISTERED")
 * @param objectType kind of object acted on (e.g. "OBJECTION", "CASE", "TASK", "RULE")
 * @param objectId id of that object
 * @param outcome whether the action succeeded, was refused or failed
 * @param legalBasis nullable legal basis, e.g. "BWBR0005537 art. 7:10"
 * @param reasons nullable free-text reasons (why the action was taken or refused)
 */
public record AuditEvent(
    String actor,
    String role,
    String action,
    String objectType,
    String objectId,
    Outcome outcome,
    String legalBasis,
    String reasons) {}
