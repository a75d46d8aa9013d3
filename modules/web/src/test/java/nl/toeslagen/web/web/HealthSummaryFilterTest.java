package nl.toeslagen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HealthSummaryFilterTest {

  private static String summary(String answer) {
    return new String(
        HealthSummaryFilter.summary(answer.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  @Test
  void theSummaryKeepsOnlyTheStatus() {
    assertThat(
            summary(
                "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\","
                    + "\"data\":{\"product\":\"H2\"}}]}"))
        .isEqualTo("{\"status\":\"UP\"}");
    assertThat(summary("{\"status\":\"DOWN\",\"checks\":[]}")).isEqualTo("{\"status\":\"DOWN\"}");
  }

  @Test
  void anUnreadableAnswerIsDown() {
    assertThat(summary("<html>")).isEqualTo("{\"status\":\"DOWN\"}");
  }
}
