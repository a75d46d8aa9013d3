package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.web.it.ApiClient.Reply;

/** What a user sees of their notifications ({@code /api/notifications}), for the flow ITs. */
final class NoticeChecks {

  private NoticeChecks() {}

  /** Every notification {@code user} sees about {@code caseId}, newest first (all pages). */
  static List<JsonObject> about(ApiClient user, String caseId) {
    List<JsonObject> found = new ArrayList<>();
    for (int page = 0; ; page++) {
      Reply reply = user.get("api/notifications?size=100&page=" + page);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      JsonObject list = reply.json();
      List<JsonObject> items =
          list.getJsonArray("notifications").stream().map(JsonValue::asJsonObject).toList();
      items.stream().filter(n -> caseId.equals(n.getString("caseId"))).forEach(found::add);
      if (items.size() < 100) {
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(page * 100L + items.size());
        return found;
      }
    }
  }

  /**
   * The newest notification of {@code kind} about {@code caseId} that {@code user} sees, or null.
   */
  static JsonObject find(ApiClient user, String caseId, String kind) {
    return about(user, caseId).stream()
        .filter(n -> kind.equals(n.getString("kind")))
        .findFirst()
        .orElse(null);
  }

  /** Waits (for work the server does on its own, e.g. a timer of the deadline watch). */
  static JsonObject await(ApiClient user, String caseId, String kind, Duration within) {
    return ApiClient.await(() -> find(user, caseId, kind), n -> n != null, within);
  }

  /** The unread count the header shows. */
  static long unread(ApiClient user) {
    Reply count = user.get("api/notifications/count");
    assertThat(count.status()).as(count.body()).isEqualTo(200);
    return count.json().getJsonNumber("unread").longValue();
  }

  /** Marks one read; answers the reply (200 with the new unread count, or 404). */
  static Reply markRead(ApiClient user, JsonObject notice) {
    return user.post("api/notifications/" + notice.getString("id") + "/read");
  }
}
