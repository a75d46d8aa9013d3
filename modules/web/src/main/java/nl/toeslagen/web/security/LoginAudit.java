package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;

/**
 * Audit entries that must survive whatever happens to the request that caused them: logins, failed
 * logins and refused attempts. Each is written in a transaction of its own.
 */
@ApplicationScoped
public class LoginAudit {

  @Inject Event<AuditEvent> audit;

  @Transactional(TxType.REQUIRES_NEW)
  public void succeeded(String user) {
    audit.fire(
        new AuditEvent(user, null, "LOGIN", "USER", user, Outcome.SUCCESS, null, "login form"));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void failed(String user, String channel) {
    String shown = user == null ? "" : user.length() > 64 ? user.substring(0, 64) : user;
    audit.fire(
        new AuditEvent(
            shown,
            null,
            "LOGIN_FAILED",
            "USER",
            shown,
            Outcome.REFUSED,
            null,
            "wrong user name or password (" + channel + ")"));
  }

  /** An authenticated user was refused an action; the change itself was not made. */
  @Transactional(TxType.REQUIRES_NEW)
  public void refused(
      String user, String roles, String action, String objectType, String objectId, String why) {
    audit.fire(
        new AuditEvent(user, roles, action, objectType, objectId, Outcome.REFUSED, null, why));
  }

  /** As {@link #refused(String, String, String, String, String, String)}, with the legal basis. */
  @Transactional(TxType.REQUIRES_NEW)
  public void refused(
      String user,
      String roles,
      String action,
      String objectType,
      String objectId,
      String legalBasis,
      String why) {
    audit.fire(
        new AuditEvent(
            user, roles, action, objectType, objectId, Outcome.REFUSED, legalBasis, why));
  }
}
