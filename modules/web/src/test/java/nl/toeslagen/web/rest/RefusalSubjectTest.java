package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalSubjectTest {

  @Test
  void aRefusalNamingAnObjectIsFiledUnderIt() {
    RefusalSubject s = RefusalSubject.of("OBJECTION", "BZ-1", "/api/objections/BZ-1/review");
    assertThat(s.objectType()).isEqualTo("OBJECTION");
    assertThat(s.objectId()).isEqualTo("BZ-1");
    assertThat(s.reasons("why")).isEqualTo("why (path /api/objections/BZ-1/review)");
  }

  @Test
  void aLongPathIsShortenedWithAHashThatKeepsDifferentPathsApart() {
    String a = "/api/x/" + "a".repeat(300);
    String b = "/api/x/" + "a".repeat(299) + "b";
    RefusalSubject sa = RefusalSubject.of(null, null, a);
    RefusalSubject sb = RefusalSubject.of(null, null, b);
    assertThat(sa.objectType()).isEqualTo("REQUEST");
    assertThat(sa.objectId()).hasSizeLessThanOrEqualTo(RefusalSubject.MAX_ID);
    assertThat(sa.pathNote()).hasSizeLessThanOrEqualTo(RefusalSubject.MAX_PATH);
    assertThat(sa.objectId()).isNotEqualTo(sb.objectId());
    assertThat(sa.pathNote()).startsWith("/api/x/aaa").contains("…#");
  }

  @Test
  void anIdThatIsNoPlainTokenFallsBackToTheRequest() {
    RefusalSubject s = RefusalSubject.of("SIGNAL", "x".repeat(300), "/api/signals/x");
    assertThat(s.objectType()).isEqualTo("REQUEST");
    assertThat(s.objectId()).isEqualTo("/api/signals/x");
  }
}
