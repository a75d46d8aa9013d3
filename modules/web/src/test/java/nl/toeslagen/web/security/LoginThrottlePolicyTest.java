package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.toeslagen.web.security.LoginThrottlePolicy.State;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static State fail(int times, Instant from, Duration gap) {
    State s = State.NONE;
    for (int i = 0; i < times; i++) {
      s = LoginThrottlePolicy.afterFailure(s, from.plus(gap.multipliedBy(i)));
    }
    return s;
  }

  @Test
  void nineFailuresWithinTheWindowDoNotLock() {
    State s = fail(9, T0, Duration.ofSeconds(1));
    assertThat(s.failures()).isEqualTo(9);
    assertThat(s.lockedFor(T0.plusSeconds(9))).isZero();
  }

  @Test
  void theTenthFailureWithinFifteenMinutesLocksForThirtySeconds() {
    State s = fail(10, T0, Duration.ofSeconds(1));
    Instant last = T0.plusSeconds(9);
    assertThat(s.lockedFor(last)).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.lockedFor(last.plusSeconds(31))).isZero();
  }

  @Test
  void everyFurtherFailureDoublesTheLockUpToFifteenMinutes() {
    assertThat(LoginThrottlePolicy.lock(10)).isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottlePolicy.lock(11)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottlePolicy.lock(12)).isEqualTo(Duration.ofSeconds(120));
    assertThat(LoginThrottlePolicy.lock(40)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aFailureAfterTheLockExpiredLocksLonger() {
    State s = fail(10, T0, Duration.ofSeconds(1));
    Instant later = T0.plusSeconds(60);
    State next = LoginThrottlePolicy.afterFailure(s, later);
    assertThat(next.failures()).isEqualTo(11);
    assertThat(next.lockedFor(later)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void failuresFurtherApartThanTheWindowStartTheCountAfresh() {
    State s = fail(9, T0, Duration.ofSeconds(1));
    State next = LoginThrottlePolicy.afterFailure(s, T0.plus(Duration.ofMinutes(30)));
    assertThat(next.failures()).isEqualTo(1);
    assertThat(next.lockedUntil()).isNull();
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
    assertThat(LoginThrottlePolicy.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(LoginThrottlePolicy.retryAfterSeconds(Duration.ofMillis(29_001))).isEqualTo(30);
    assertThat(LoginThrottlePolicy.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
  }
}
