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

  /** A read that must be on record even when the request fails later (e.g. of the audit trail). */
  @Transactional(TxType.REQUIRES_NEW)
  public void recorded(
      String user, String roles, String action, String objectType, String objectId, String why) {
    audit.fire(
        new AuditEvent(user, roles, action, objectType, objectId, Outcome.SUCCESS, null, why));
  }

  /** A login refused unchecked because the account name is locked after failed logins. */
  @Transactional(TxType.REQUIRES_NEW)
  public void throttled(String user, String channel, java.time.Duration locked) {
    String shown = shorten(user);
    audit.fire(
        new AuditEvent(
            shown,
            null,
            "LOGIN_THROTTLED",
            "USER",
            shown,
            Outcome.REFUSED,
            null,
            "too many failed logins ("
                + channel
                + "); locked for another "
                + locked.toSeconds()
                + " s"));
  }

  /** A request whose Authorization header named another user than its session's. */
  @Transactional(TxType.REQUIRES_NEW)
  public void conflicting(String sessionUser, String headerUser) {
    audit.fire(
        new AuditEvent(
            sessionUser,
            null,
            "LOGIN_REFUSED",
            "USER",
            sessionUser,
            Outcome.REFUSED,
            null,
            "Authorization header names another user ("
                + shorten(headerUser)
                + ") than the session"));
  }

  /** A login form posted from another site (login CSRF), or a cross-site logout. */
  @Transactional(TxType.REQUIRES_NEW)
  public void crossSite(String user, String channel) {
    String shown = user == null || user.isBlank() ? "anoniem" : shorten(user.trim());
    audit.fire(
        new AuditEvent(
            shown,
            null,
            "LOGIN_REFUSED",
            "USER",
            shown,
            Outcome.REFUSED,
            null,
            "cross-site request refused (" + channel + ")"));
  }

  private static String shorten(String user) {
    return user == null ? "" : user.length() > 64 ? user.substring(0, 64) : user;
  }
}
