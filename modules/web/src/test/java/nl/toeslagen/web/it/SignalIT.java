package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.toeslagen.web.it.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Central signal management (issue #14, part D) through the API of the assembled WAR: signals
 * registered by hand from several sources; bad input refused naming the field with nothing changed;
 * a category crossing its threshold opens exactly one escalation with a team leader's task and the
 * signals and cases behind it, later signals join it; many signals crossing a threshold at once all
 * answer 201 and open exactly one escalation; the follow-up recorded by a team leader (refused for
 * a handler) and read by the inspectorate; trends that add up; and a hardship request's policy
 * signal and an objection received each showing up as a signal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignalIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String SIGNALS = "api/signal-management/signals";
  private static final String ESCALATIONS = "api/signal-escalations";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  @Test
  void aCategoryCrossingItsThresholdOpensOneEscalationThatATeamLeaderFollowsUp() {
    LocalDate today = LocalDate.now(AMSTERDAM);
    String objectionId = objection(today.minusDays(10));
    JsonObject before = category("BEJEGENING");
    if (!absent(before, "openEscalationId")) {
      followUp(before.getString("openEscalationId"));
      before = category("BEJEGENING");
    }
    int threshold = before.getInt("threshold");
    long counted = before.getJsonNumber("countedInWindow").longValue();
    assertThat(counted).isLessThan(threshold);

    // below the threshold: signals of several sources, by several roles, nothing escalated
    String[][] who = {
      {"behandelaar1", "KLACHT"},
      {"vaktechniek1", "TELEFOONONDERWERP"},
      {"teamleider1", "BRIEF_BURGER"}
    };
    List<String> ids = new ArrayList<>();
    for (long i = counted; i < threshold - 1; i++) {
      String[] w = who[(int) (i % who.length)];
      JsonObject s = register(w[0], manual(w[1], "BEJEGENING", today.minusDays(i % 3)));
      assertThat(s.getString("source")).isEqualTo(w[1]);
      assertThat(absent(s, "escalationId")).isTrue();
      ids.add(s.getString("id"));
    }
    assertThat(absent(category("BEJEGENING"), "openEscalationId")).isTrue();

    // the signal that reaches the threshold opens the escalation, with a case behind it
    JsonObject crossing =
        register(
            "behandelaar1",
            Json.createObjectBuilder(manual("KLACHT", "BEJEGENING", today))
                .add("caseType", "OBJECTION")
                .add("caseId", objectionId)
                .build());
    ids.add(crossing.getString("id"));
    String escalationId = crossing.getString("escalationId");
    assertThat(escalationId).isNotBlank();
    assertThat(category("BEJEGENING").getString("openEscalationId")).isEqualTo(escalationId);

    // a later signal joins it: still exactly one open escalation of the category
    JsonObject joined = register("vaktechniek1", manual("TELEFOONONDERWERP", "BEJEGENING", today));
    ids.add(joined.getString("id"));
    assertThat(joined.getString("escalationId")).isEqualTo(escalationId);
    JsonObject open =
        as("teamleider1").get(ESCALATIONS + "?status=OPEN&category=BEJEGENING").json();
    assertThat(open.getJsonNumber("total").longValue()).isEqualTo(1);

    // the team leader's task, the signals and cases behind it, a notice to the team leaders
    JsonObject details = as("teamleider1").get(ESCALATIONS + "/" + escalationId).json();
    JsonObject escalation = details.getJsonObject("escalation");
    String number = escalation.getString("caseNumber");
    assertThat(number).startsWith("SE-");
    assertThat(escalation.getString("status")).isEqualTo("OPEN");
    // the earlier signals of the window (if any) are behind it too
    assertThat(escalation.getInt("signalCount")).isEqualTo((int) counted + ids.size());
    assertThat(details.getJsonArray("signals").stream().map(v -> v.asJsonObject().getString("id")))
        .containsAll(ids);
    assertThat(
            details.getJsonArray("cases").stream().map(v -> v.asJsonObject().getString("caseId")))
        .contains(objectionId);
    assertThat(details.getJsonArray("actions").toString()).contains("FOLLOW_UP");
    JsonObject tasks =
        as("teamleider1")
            .awaitJson(
                "api/tasks?scope=team&q=" + number,
                j -> !j.getJsonArray("tasks").isEmpty(),
                Duration.ofSeconds(20));
    assertThat(tasks.toString()).contains("followUpEscalation").contains("\"signals\"");
    assertThat(
            NoticeChecks.await(
                as("teamleider1"), escalationId, "SIGNAL_ESCALATION", Duration.ofSeconds(20)))
        .isNotNull();

    // the follow-up is management's: a handler is refused, a date before the opening too
    Reply byHandler =
        as("behandelaar1").post(ESCALATIONS + "/" + escalationId + "/follow-up", followUp(today));
    assertThat(byHandler.status()).as(byHandler.body()).isEqualTo(403);
    Reply early =
        as("teamleider1")
            .post(ESCALATIONS + "/" + escalationId + "/follow-up", followUp(today.minusDays(1)));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.json().getString("field")).isEqualTo("date");
    Reply noOwner =
        as("teamleider1")
            .post(
                ESCALATIONS + "/" + escalationId + "/follow-up",
                Json.createObjectBuilder(followUp(today)).add("owner", " ").build());
    assertThat(noOwner.status()).as(noOwner.body()).isEqualTo(400);
    assertThat(noOwner.json().getString("field")).isEqualTo("owner");
    assertThat(
            as("teamleider1")
                .get(ESCALATIONS + "/" + escalationId)
                .json()
                .getBoolean("followUpOpen"))
        .isTrue();

    Reply done =
        as("teamleider1").post(ESCALATIONS + "/" + escalationId + "/follow-up", followUp(today));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("OPGEVOLGD");
    Reply again =
        as("teamleider1").post(ESCALATIONS + "/" + escalationId + "/follow-up", followUp(today));
    assertThat(again.status()).as(again.body()).isEqualTo(409);

    // the inspectorate reads the follow-up, registers nothing
    JsonObject seen = as("inspectie1").get(ESCALATIONS + "/" + escalationId).json();
    JsonObject f = seen.getJsonObject("escalation").getJsonObject("followUp");
    assertThat(f.getString("decision")).contains("werkinstructie");
    assertThat(f.getString("owner")).isEqualTo("Teamleider klantcontact");
    assertThat(f.getString("recordedBy")).isEqualTo("teamleider1");
    assertThat(seen.getBoolean("followUpOpen")).isFalse();
    Reply byInspectorate = as("inspectie1").post(SIGNALS, manual("KLACHT", "BEJEGENING", today));
    assertThat(byInspectorate.status()).isEqualTo(403);

    // audited under the escalation: opening, follow-up and the refusals
    List<JsonObject> trail = entries("objectType=SIGNAL_ESCALATION&objectId=" + escalationId);
    assertThat(trail.stream().map(e -> e.getString("action")))
        .contains(
            "SIGNAL_ESCALATION_OPENED",
            "SIGNAL_ESCALATION_JOINED",
            "SIGNAL_ESCALATION_FOLLOWED_UP");
    assertThat(trail).anyMatch(e -> e.getString("outcome").equals("REFUSED"));

    // the task is done; the next signal of the category is counted anew, nothing open
    as("teamleider1")
        .awaitJson(
            "api/tasks?scope=team&q=" + number,
            j -> j.getJsonArray("tasks").isEmpty(),
            Duration.ofSeconds(20));
    JsonObject after = register("behandelaar1", manual("KLACHT", "BEJEGENING", today));
    assertThat(absent(after, "escalationId")).isTrue();
  }

  @Test
  void signalsCrossingTheThresholdAtOnceAllAnswerAndOpenExactlyOneEscalation() throws Exception {
    String code = "KOPPELING_GEWERKTE_UREN";
    LocalDate today = LocalDate.now(AMSTERDAM);
    JsonObject before = category(code);
    if (!absent(before, "openEscalationId")) {
      followUp(before.getString("openEscalationId"));
      before = category(code);
    }
    long counted = before.getJsonNumber("countedInWindow").longValue();
    int threshold = before.getInt("threshold");
    assertThat(counted).isLessThan(threshold);
    // enough to cross the threshold several times over, all released at once
    int n = (int) Math.max(12, threshold - counted + 6);
    String[] users = {"behandelaar1", "vaktechniek1", "teamleider1"};
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Reply> replies = new ArrayList<>();
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String user = users[i % users.length];
        calls.add(
            pool.submit(
                () -> {
                  go.await();
                  return as(user).post(SIGNALS, manual("KLACHT", code, today));
                }));
      }
      go.countDown();
      for (Future<Reply> call : calls) {
        replies.add(call.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    // no 5xx: every signal recorded; a signal counted before the threshold was reached answers
    // without an escalation (the one that crossed it takes it along), every other names the one
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
    List<String> ids = replies.stream().map(r -> r.json().getString("id")).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(n);
    List<String> named =
        replies.stream()
            .map(Reply::json)
            .filter(j -> !absent(j, "escalationId"))
            .map(j -> j.getString("escalationId"))
            .distinct()
            .toList();
    assertThat(named).hasSize(1);
    String escalationId = named.get(0);

    JsonObject open = as("teamleider1").get(ESCALATIONS + "?status=OPEN&category=" + code).json();
    assertThat(open.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(category(code).getString("openEscalationId")).isEqualTo(escalationId);
    JsonObject details = as("teamleider1").get(ESCALATIONS + "/" + escalationId).json();
    assertThat(details.getJsonObject("escalation").getInt("signalCount"))
        .isEqualTo((int) counted + n);
    assertThat(details.getJsonArray("signals").stream().map(v -> v.asJsonObject().getString("id")))
        .containsAll(ids);
    List<JsonObject> trail = entries("objectType=SIGNAL_ESCALATION&objectId=" + escalationId);
    assertThat(trail.stream().filter(e -> e.getString("action").equals("SIGNAL_ESCALATION_OPENED")))
        .hasSize(1);
    // each signal counted against the threshold once
    for (String id : ids.subList(0, 3)) {
      assertThat(
              entries("objectType=PRACTICE_SIGNAL&objectId=" + id).stream()
                  .filter(e -> e.getString("action").equals("PRACTICE_SIGNAL_COUNTED")))
          .hasSize(1);
    }

    // leave the category as found: nothing open
    followUp(escalationId);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingChanges() {
    LocalDate today = LocalDate.now(AMSTERDAM);
    long before = total();
    List<Object[]> bad =
        List.of(
            new Object[] {manual("KLACHT", "GEEN_CATEGORIE", today), "category"},
            new Object[] {manual("KLACHT", "BEJEGENING", today.plusDays(1)), "date"},
            new Object[] {manual("ROOKSIGNAAL", "BEJEGENING", today), "source"},
            new Object[] {manual("UITSPRAAK", "BEJEGENING", today), "source"},
            new Object[] {
              Json.createObjectBuilder(manual("KLACHT", "BEJEGENING", today))
                  .add("summary", "x".repeat(2001))
                  .build(),
              "summary"
            },
            new Object[] {
              Json.createObjectBuilder(manual("KLACHT", "BEJEGENING", today))
                  .add("caseType", "OBJECTION")
                  .build(),
              "caseId"
            });
    for (Object[] b : bad) {
      Reply reply = as("behandelaar1").post(SIGNALS, (JsonValue) b[0]);
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.json().getString("field")).as(reply.body()).isEqualTo(b[1]);
      assertThat(reply.json().getString("detailNl")).isNotBlank();
    }
    assertThat(total()).isEqualTo(before);
    Reply period = as("teamleider1").get(SIGNALS + "/trends?period=WEEK");
    assertThat(period.status()).as(period.body()).isEqualTo(400);
    Reply unknown = as("teamleider1").get(ESCALATIONS + "/not-an-id");
    assertThat(unknown.status()).isEqualTo(404);
    Reply byHandler = as("behandelaar1").get(SIGNALS);
    assertThat(byHandler.status()).isEqualTo(403);
  }

  @Test
  void trendsListEveryCategoryPerMonthAndQuarterWithTotalsThatAddUp() {
    LocalDate today = LocalDate.now(AMSTERDAM);
    register("teamleider1", manual("TELEFOONONDERWERP", "BEREIKBAARHEID", today));
    register("vaktechniek1", manual("BRIEF_BURGER", "BRIEVEN_ONDUIDELIJK", today.minusMonths(2)));
    LocalDate from = today.minusMonths(6).withDayOfMonth(1);
    long listed =
        as("teamleider1")
            .get(SIGNALS + "?size=1&from=" + from + "&to=" + today)
            .json()
            .getJsonNumber("total")
            .longValue();
    List<String> codes =
        as("vaktechniek1").get(SIGNALS + "/categories").structure().asJsonArray().stream()
            .map(v -> v.asJsonObject().getString("code"))
            .toList();
    for (String period : List.of("MONTH", "QUARTER")) {
      JsonObject t =
          as("inspectie1")
              .get(SIGNALS + "/trends?period=" + period + "&from=" + from + "&to=" + today)
              .json();
      assertThat(t.getString("period")).isEqualTo(period);
      List<JsonObject> rows =
          t.getJsonArray("categories").stream().map(JsonValue::asJsonObject).toList();
      assertThat(rows.stream().map(r -> r.getString("category"))).containsAll(codes);
      int periods = t.getJsonArray("periods").size();
      assertThat(periods).isEqualTo(period.equals("MONTH") ? 7 : (int) quarters(from, today));
      long sumOfRows = 0;
      long[] columns = new long[periods];
      for (JsonObject r : rows) {
        long sum = 0;
        for (int i = 0; i < periods; i++) {
          long n = r.getJsonArray("counts").getJsonNumber(i).longValue();
          sum += n;
          columns[i] += n;
        }
        assertThat(r.getJsonNumber("total").longValue()).isEqualTo(sum);
        sumOfRows += sum;
      }
      for (int i = 0; i < periods; i++) {
        assertThat(t.getJsonArray("periodTotals").getJsonNumber(i).longValue())
            .isEqualTo(columns[i]);
      }
      assertThat(t.getJsonNumber("total").longValue()).isEqualTo(sumOfRows).isEqualTo(listed);
      JsonObject reach =
          rows.stream()
              .filter(r -> r.getString("category").equals("BEREIKBAARHEID"))
              .findFirst()
              .orElseThrow();
      assertThat(reach.getJsonNumber("total").longValue()).isPositive();
    }
  }

  @Test
  void aHardshipPolicySignalAndAnObjectionReceivedEachShowUpAsASignal() {
    // an objection received: source BEZWAAR, category by the contested decision (TERUGVORDERING)
    String objectionId = objection(LocalDate.now(AMSTERDAM).minusDays(12));
    List<JsonObject> ofObjection = ofCase(objectionId);
    assertThat(ofObjection).hasSize(1);
    assertThat(ofObjection.get(0).getString("source")).isEqualTo("BEZWAAR");
    assertThat(ofObjection.get(0).getString("category")).isEqualTo("TERUGVORDERING");
    assertThat(ofObjection.get(0).getString("caseType")).isEqualTo("OBJECTION");
    assertThat(ofObjection.get(0).getString("caseNumber")).startsWith("BZ-");
    assertThat(ofObjection.get(0).toString()).doesNotContain("bsn");

    // a hardship request assessed with a signal for policy: source HARDHEIDSVERZOEK
    String reference = "TV-" + System.nanoTime();
    Reply created =
        as("behandelaar1").post("api/hardship-requests", HardshipIT.intake(reference, "MATIGING"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String requestId = created.json().getString("id");
    Reply triage =
        as("behandelaar1")
            .post(
                "api/hardship-requests/" + requestId + "/triage",
                Json.createObjectBuilder()
                    .add("track", "REGULAR")
                    .add("reasons", "Geen urgentie gemeld.")
                    .build());
    assertThat(triage.status()).as(triage.body()).isEqualTo(200);
    Reply assessed =
        as("behandelaar1")
            .post(
                "api/hardship-requests/" + requestId + "/assessment",
                HardshipIT.assessment("DEELS_TOEGEKEND", 40_000L)
                    .add("policySignal", "VERMOGENSGRENS")
                    .build());
    assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
    List<JsonObject> ofRequest = ofCase(requestId);
    assertThat(ofRequest).hasSize(1);
    JsonObject s = ofRequest.get(0);
    assertThat(s.getString("source")).isEqualTo("HARDHEIDSVERZOEK");
    assertThat(s.getString("category")).isEqualTo("VERMOGENSGRENS");
    assertThat(s.getString("caseType")).isEqualTo("HARDSHIP_REQUEST");
    assertThat(s.getString("caseNumber")).isEqualTo(created.json().getString("caseNumber"));
  }

  // ------------------------------------------------------------------ helpers

  private static JsonObject manual(String source, String category, LocalDate date) {
    return Json.createObjectBuilder()
        .add("source", source)
        .add("category", category)
        .add("date", date.toString())
        .add("summary", "Burger meldt onheuse behandeling aan de telefoon (testsignaal).")
        .build();
  }

  private static JsonObject followUp(LocalDate date) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("decision", "Gesprekstraining en een aangepaste werkinstructie voor klantcontact.")
            .add("owner", "Teamleider klantcontact")
            .add("date", date.toString());
    return b.build();
  }

  private JsonObject register(String user, JsonObject body) {
    Reply reply = as(user).post(SIGNALS, body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  private JsonObject category(String code) {
    return as("teamleider1").get(SIGNALS + "/categories").structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private void followUp(String escalationId) {
    Reply r =
        as("teamleider1")
            .post(
                ESCALATIONS + "/" + escalationId + "/follow-up",
                followUp(LocalDate.now(AMSTERDAM)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private String objection(LocalDate dagtekening) {
    Reply lodged =
        as("behandelaar1")
            .post(
                "api/objections",
                ObjectionFlowIT.intake(ObjectionFlowIT.validBsn(), dagtekening, 1));
    assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
    return lodged.json().getString("id");
  }

  private List<JsonObject> ofCase(String caseId) {
    Reply reply = as("vaktechniek1").get(SIGNALS + "?caseId=" + caseId);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("signals").stream().map(JsonValue::asJsonObject).toList();
  }

  private long total() {
    return as("inspectie1").get(SIGNALS + "?size=1").json().getJsonNumber("total").longValue();
  }

  private static long quarters(LocalDate from, LocalDate to) {
    int a = from.getYear() * 4 + (from.getMonthValue() - 1) / 3;
    int b = to.getYear() * 4 + (to.getMonthValue() - 1) / 3;
    return b - a + 1;
  }

  /** JSON answers leave null fields out. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private ApiClient as(String user) {
    return ApiClient.as(base, user);
  }

  private List<JsonObject> entries(String query) {
    Reply reply = as("inspectie1").get("api/audit/entries?size=1000&" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
  }
}
