package nl.toeslagen.web.security;

import java.time.Duration;
import java.time.Instant;
import nl.toeslagen.kernel.PolicyRule;

/**
 * When an account's logins are throttled. Failures count while each follows the previous within
 * {@link #WINDOW}; from the {@link #THRESHOLD}th failure on, the account is locked for {@link
 * #FIRST_LOCK}, doubling with every further failure up to {@link #LONGEST_LOCK}. While locked, a
 * login is not checked at all and answers 429 with the time left. A successful login resets the
 * count.
 */
@PolicyRule(
    name = "LoginThrottlePolicy",
    guardsNl =
        "Na 10 mislukte inlogpogingen op rij wordt een account tijdelijk geblokkeerd (30 seconden,"
            + " verdubbelend tot 15 minuten).",
    guardsEn =
        "After 10 failed logins in a row an account is locked for a while (30 seconds, doubling up"
            + " to 15 minutes).",
    legalBasis = "AVG art. 32 (passende beveiliging); BIO / ISO/IEC 27002:2022 maatregel 8.5",
    appliesTo = {"Inloggen"})
public final class LoginThrottlePolicy {

  public static final String NAME = "LoginThrottlePolicy";

  public static final int THRESHOLD = 10;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  /** The state of one account name: failures so far, the last one, and the lock (or null). */
  public record State(int failures, Instant lastFailureAt, Instant lockedUntil) {

    public static final State NONE = new State(0, null, null);

    /** Time left on the lock at {@code now}, or zero when not locked. */
    public Duration lockedFor(Instant now) {
      return lockedUntil == null || !lockedUntil.isAfter(now)
          ? Duration.ZERO
          : Duration.between(now, lockedUntil);
    }
  }

  private LoginThrottlePolicy() {}

  /** The state after one more failed login at {@code now}. */
  public static State afterFailure(State before, Instant now) {
    State s = before == null ? State.NONE : before;
    boolean recent = s.lastFailureAt() != null && !s.lastFailureAt().plus(WINDOW).isBefore(now);
    int failures = recent || s.lockedFor(now).compareTo(Duration.ZERO) > 0 ? s.failures() + 1 : 1;
    Instant lockedUntil = failures >= THRESHOLD ? now.plus(lock(failures)) : null;
    return new State(failures, now, lockedUntil);
  }

  /** The lock after this many failures: 30 s at the threshold, doubling, at most 15 minutes. */
  static Duration lock(int failures) {
    int doublings = Math.min(failures - THRESHOLD, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << Math.max(0, doublings));
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }

  /** Whole seconds for {@code Retry-After}, at least 1. */
  public static long retryAfterSeconds(Duration left) {
    long seconds = (left.toMillis() + 999) / 1000;
    return Math.max(1, seconds);
  }
}
