package nl.toeslagen.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The failed logins of one account name (table web_login_throttle). */
@Entity
@Table(name = "web_login_throttle")
public class LoginThrottleRecord {

  @Id
  @Column(name = "user_name")
  private String userName;

  @Column(name = "failures")
  private int failures;

  @Column(name = "last_failure_at")
  private OffsetDateTime lastFailureAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected LoginThrottleRecord() {}

  LoginThrottleRecord(String userName) {
    this.userName = userName;
  }

  LoginThrottlePolicy.State state() {
    return new LoginThrottlePolicy.State(
        failures,
        lastFailureAt == null ? null : lastFailureAt.toInstant(),
        lockedUntil == null ? null : lockedUntil.toInstant());
  }

  void apply(LoginThrottlePolicy.State state) {
    failures = state.failures();
    lastFailureAt =
        state.lastFailureAt() == null ? null : state.lastFailureAt().atOffset(ZoneOffset.UTC);
    lockedUntil = state.lockedUntil() == null ? null : state.lockedUntil().atOffset(ZoneOffset.UTC);
  }
}
