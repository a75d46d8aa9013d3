package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  @Test
  void aPostFromTheOwnPagesPasses() {
    assertThat(SameOrigin.holds("same-origin", "http://host:8080", "http", "host:8080")).isTrue();
  }

  @Test
  void aPostFromAnotherSiteIsRefusedByOriginOrFetchMetadata() {
    assertThat(SameOrigin.holds(null, "https://evil.example", "http", "host:8080")).isFalse();
    assertThat(SameOrigin.holds("cross-site", null, "http", "host:8080")).isFalse();
    assertThat(SameOrigin.holds("same-site", null, "http", "host:8080")).isFalse();
    assertThat(SameOrigin.holds(null, "null", "http", "host:8080")).isFalse();
  }

  @Test
  void aSameOriginPostWithANullOriginPassesOnFetchMetadata() {
    // Referrer-Policy no-referrer makes browsers send "Origin: null" on their own form posts
    assertThat(SameOrigin.holds("same-origin", "null", "http", "host:8080")).isTrue();
  }

  @Test
  void aClientWithoutBrowserHeadersPasses() {
    assertThat(SameOrigin.holds(null, null, "http", "host:8080")).isTrue();
  }
}
