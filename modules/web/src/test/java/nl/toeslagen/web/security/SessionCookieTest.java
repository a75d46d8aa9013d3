package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

  @Test
  void theSessionCookieGetsSameSiteStrictAndHttpOnly() {
    assertThat(SessionCookie.harden("JSESSIONID=abc; Path=/", false))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict");
  }

  @Test
  void overHttpsTheCookieIsSecureAndAttributesAreNotDoubled() {
    assertThat(SessionCookie.harden("JSESSIONID=abc; Path=/; HttpOnly", true))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict; Secure");
  }
}
