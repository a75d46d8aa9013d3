package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.toeslagen.web.it.ApiClient.Reply;
import nl.toeslagen.web.it.probe.ConcurrencyProbe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No request holds others up: while one transaction with an audit entry stays open and slow, other
 * users' audited requests answer at once, and the audit chain stays intact. And every request's
 * transaction is bounded by the server's JTA timeout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditConcurrencyIT {

  /** How long the slow transaction stays open. */
  private static final long SLOW_MILLIS = 8_000;

  /** What "answers at once" means here, on a busy test machine. */
  private static final long FAST_MILLIS = 3_000;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar().addClass(ConcurrencyProbe.class);
  }

  @ArquillianResource URL base;

  @Test
  @Order(1)
  void whileOneAuditedTransactionIsOpenAndSlowOtherUsersLogInAndReadACaseAtOnce() throws Exception {
    String caseId = registerCase();

    String key = UUID.randomUUID().toString();
    CompletableFuture<Reply> slow =
        CompletableFuture.supplyAsync(
            () ->
                ApiClient.as(base, "beheer1")
                    .post("api/test-probe/concurrency/slow/" + key + "?millis=" + SLOW_MILLIS));
    ApiClient.as(base, "beheer1")
        .awaitJson(
            "api/test-probe/concurrency/slow/" + key + "/started",
            json -> json.getBoolean("started"),
            Duration.ofSeconds(20));

    long start = System.nanoTime();
    Reply wrongLogin = ApiClient.as(base, "behandelaar2", "onjuist").get("api/me");
    long wrongLoginMillis = millisSince(start);
    start = System.nanoTime();
    Reply formLogin =
        ApiClient.anonymous(base)
            .postRaw(
                "login",
                "application/x-www-form-urlencoded",
                "username=teamleider1&password=teamleider1");
    long formLoginMillis = millisSince(start);
    start = System.nanoTime();
    Reply read = ApiClient.as(base, "behandelaar1").get("api/objections/" + caseId);
    long readMillis = millisSince(start);

    assertThat(slow).as("the slow transaction is still open").isNotDone();
    assertThat(wrongLogin.status()).isEqualTo(401);
    assertThat(formLogin.status()).isLessThan(500);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(wrongLoginMillis).as("refused login, ms").isLessThan(FAST_MILLIS);
    assertThat(formLoginMillis).as("form login, ms").isLessThan(FAST_MILLIS);
    assertThat(readMillis).as("case read, ms").isLessThan(FAST_MILLIS);

    Reply slowReply = slow.get(60, TimeUnit.SECONDS);
    assertThat(slowReply.status()).as(slowReply.body()).isEqualTo(200);

    // Every entry is in the chain by the time its request has answered, in the order committed.
    ApiClient inspector = ApiClient.as(base, "inspectie1");
    Reply reads =
        inspector.get(
            "api/audit/entries?objectType=OBJECTION&objectId=" + caseId + "&action=CASE_READ");
    assertThat(reads.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
    Reply probe = inspector.get("api/audit/entries?objectType=PROBE&objectId=" + key);
    assertThat(probe.json().getJsonNumber("total").longValue()).isEqualTo(1);
    long probeSequence =
        probe.json().getJsonArray("entries").getJsonObject(0).getJsonNumber("sequence").longValue();
    long readSequence =
        reads.json().getJsonArray("entries").getJsonObject(0).getJsonNumber("sequence").longValue();
    assertThat(probeSequence)
        .as("the slow transaction committed last, so its entry was linked last")
        .isGreaterThan(readSequence);

    Reply verification = inspector.get("api/audit/verification");
    assertThat(verification.status()).isEqualTo(200);
    assertThat(verification.json().getBoolean("intact")).as(verification.body()).isTrue();
  }

  @Test
  @Order(2)
  void manyConcurrentAuditedRequestsLeaveOneIntactChain() throws Exception {
    String caseId = registerCase();
    CompletableFuture<?>[] requests = new CompletableFuture<?>[24];
    for (int i = 0; i < requests.length; i++) {
      String user = i % 2 == 0 ? "behandelaar1" : "behandelaar2";
      // the JDK's blocking client, one connection per request: with the shared java.net.http
      // client one of 24 concurrent reads now and then never got its answer while the server's
      // threads were all idle (a transport problem of the client, not what this test is about)
      requests[i] =
          CompletableFuture.supplyAsync(() -> blockingGet(user, "api/objections/" + caseId));
    }
    try {
      CompletableFuture.allOf(requests).get(120, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // a request that hung: what the server's threads were doing says why
      throw new AssertionError(
          "a concurrent case read did not answer; the server's threads:\n"
              + ApiClient.as(base, "beheer1").get("api/test-probe/concurrency/threads").body()
              + "\nthe test's threads:\n"
              + clientThreads(),
          e);
    }
    for (CompletableFuture<?> request : requests) {
      assertThat((Integer) request.get()).isEqualTo(200);
    }

    ApiClient inspector = ApiClient.as(base, "inspectie1");
    Reply reads =
        inspector.get("api/audit/entries?objectType=OBJECTION&action=CASE_READ&objectId=" + caseId);
    assertThat(reads.json().getJsonNumber("total").longValue()).isEqualTo(24);
    Reply verification = inspector.get("api/audit/verification");
    assertThat(verification.json().getBoolean("intact")).as(verification.body()).isTrue();
  }

  /** A GET with the JDK's blocking HTTP client on a connection of its own; the status. */
  private int blockingGet(String user, String path) {
    try {
      java.net.HttpURLConnection c =
          (java.net.HttpURLConnection) new URL(base, path).openConnection();
      c.setConnectTimeout(10_000);
      c.setReadTimeout(60_000);
      c.setRequestProperty("Connection", "close");
      c.setRequestProperty("Accept", "application/json");
      c.setRequestProperty(
          "Authorization",
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString(
                      (user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      int status = c.getResponseCode();
      (status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes();
      c.disconnect();
      return status;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String clientThreads() {
    StringBuilder dump = new StringBuilder();
    Thread.getAllStackTraces()
        .forEach(
            (t, stack) -> {
              dump.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
              for (StackTraceElement e : stack) {
                dump.append("    at ").append(e).append('\n');
              }
            });
    return dump.toString();
  }

  private String registerCase() {
    LocalDate dagtekening = ObjectionFlowIT.today().minusDays(20);
    Reply created =
        ApiClient.as(base, "behandelaar1")
            .post(
                "api/objections",
                ObjectionFlowIT.intake(ObjectionFlowIT.validBsn(), dagtekening, 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("id");
  }

  @Test
  @Order(3)
  void everyRequestRunsUnderTheConfiguredTransactionTimeout() {
    Reply timeout =
        ApiClient.as(base, "beheer1").get("api/test-probe/concurrency/transaction-timeout");
    assertThat(timeout.status()).as(timeout.body()).isEqualTo(200);
    assertThat(timeout.json().getInt("remainingSeconds")).isBetween(50, 60);
  }

  @Test
  @Order(4)
  void aTransactionThatOutlivesItsTimeoutIsRolledBackWithItsAuditEntry() {
    String key = UUID.randomUUID().toString();
    Reply reply =
        ApiClient.as(base, "beheer1")
            .post("api/test-probe/concurrency/timed-out/" + key + "?timeoutSeconds=1&millis=2500");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getBoolean("rolledBack")).isTrue();
    Reply entries =
        ApiClient.as(base, "inspectie1").get("api/audit/entries?objectType=PROBE&objectId=" + key);
    assertThat(entries.json().getJsonNumber("total").longValue()).isZero();
  }

  @Test
  @Order(5)
  void anExtensionWithAHundredThousandCharacterWordAnswersAtOnceWhileAnotherUserReadsACase()
      throws Exception {
    String caseId = registerCase();
    String otherCase = registerCase();
    // 10,000 characters without a space took about 260 s when word wrap was quadratic
    String word = "x".repeat(100_000);

    long start = System.nanoTime();
    CompletableFuture<Reply> extension =
        CompletableFuture.supplyAsync(
            () ->
                ApiClient.as(base, "behandelaar1")
                    .post(
                        "api/objections/" + caseId + "/extension",
                        Json.createObjectBuilder().add("reasons", word).build()));
    Thread.sleep(200);
    long readStart = System.nanoTime();
    Reply read = ApiClient.as(base, "behandelaar2").get("api/objections/" + otherCase);
    long readMillis = millisSince(readStart);
    Reply reply = extension.get(60, TimeUnit.SECONDS);
    long extensionMillis = millisSince(start);

    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(readMillis).as("concurrent case read, ms").isLessThan(FAST_MILLIS);
    // handled (the letter included) or refused as too long: either way at once, never a 5xx
    assertThat(extensionMillis).as("extension with its letter, ms").isLessThan(10_000);
    assertThat(reply.status()).as(reply.body()).isIn(200, 400);
    if (reply.status() == 400) {
      assertThat(reply.isProblem()).isTrue();
    } else {
      List<String> kinds =
          ApiClient.await(
                  () ->
                      ApiClient.as(base, "behandelaar1")
                          .get("api/objections/" + caseId + "/letters"),
                  r -> r.body().contains("OBJECTION_TERM_CHANGE"),
                  Duration.ofSeconds(30))
              .structure()
              .asJsonArray()
              .stream()
              .map(v -> v.asJsonObject().getString("kind"))
              .toList();
      assertThat(kinds).contains("OBJECTION_TERM_CHANGE");
    }
    // the longest reasons the API accepts, as one unbroken word, reach the letter at once too
    String longestCase = registerCase();
    String longest = "y".repeat(nl.toeslagen.objections.rest.ObjectionRequests.AUDITED_TEXT);
    long acceptedStart = System.nanoTime();
    CompletableFuture<Reply> accepted =
        CompletableFuture.supplyAsync(
            () ->
                ApiClient.as(base, "behandelaar1")
                    .post(
                        "api/objections/" + longestCase + "/extension",
                        Json.createObjectBuilder().add("reasons", longest).build()));
    Thread.sleep(200);
    long secondReadStart = System.nanoTime();
    Reply secondRead = ApiClient.as(base, "behandelaar2").get("api/objections/" + otherCase);
    long secondReadMillis = millisSince(secondReadStart);
    Reply acceptedReply = accepted.get(60, TimeUnit.SECONDS);
    assertThat(acceptedReply.status()).as(acceptedReply.body()).isEqualTo(200);
    assertThat(millisSince(acceptedStart)).as("extension with its letter, ms").isLessThan(10_000);
    assertThat(secondRead.status()).isEqualTo(200);
    assertThat(secondReadMillis).as("concurrent case read, ms").isLessThan(FAST_MILLIS);
    ApiClient.await(
        () -> ApiClient.as(base, "behandelaar1").get("api/objections/" + longestCase + "/letters"),
        r -> r.body().contains("OBJECTION_TERM_CHANGE"),
        Duration.ofSeconds(30));

    // every letter job of this class's cases was done exactly once: none is left pending
    ApiClient.as(base, "beheer1")
        .awaitJson(
            "api/test-probe/concurrency/letter-jobs/pending",
            json -> json.getJsonNumber("pending").longValue() == 0,
            Duration.ofSeconds(30));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
