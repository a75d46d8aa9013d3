import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash test of bin/crash-test (run by the JDK's source launcher, with only the PostgreSQL JDBC
 * driver on the class path): starts the application, streams intakes (each with an {@code
 * Idempotency-Key}) and completions of the admissibility task from two clients, kills the JVM with
 * SIGKILL at random moments, starts it again, and checks after each restart and at the end:
 *
 * <ul>
 *   <li>a command in flight at the kill is either wholly there (case, process, open task, audit
 *       entry) or not at all; its client then retries it with the same key and it is acknowledged;
 *   <li>every acknowledged command is present exactly once;
 *   <li>the audit chain verifies and every entry is linked;
 *   <li>every letter is produced exactly once, and letter jobs left waiting at a kill are done;
 *   <li>every open case's deadline timers are waiting, and the task list's read model holds the
 *       engine's open tasks.
 * </ul>
 *
 * <p>Arguments: kills, operations, port, JDBC URL, database user, password, then the command that
 * starts the server (its working directory and environment are this process's).
 */
public final class CrashTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  private static String base;
  private static String jdbc;
  private static String dbUser;
  private static String dbPassword;
  private static List<String> serverCommand;
  private static Path serverLog;

  private static volatile Process server;
  /** Incremented on each start; a client that saw a failure waits for the next generation. */
  private static final AtomicInteger generation = new AtomicInteger();

  /** Acknowledged intakes: contested-decision reference to case id. */
  private static final Map<String, String> intakes = new ConcurrentHashMap<>();
  /** Cases whose admissibility completion was acknowledged. */
  private static final List<String> completed = Collections.synchronizedList(new ArrayList<>());
  /** Cases waiting for their admissibility completion. */
  private static final List<String> waiting = Collections.synchronizedList(new ArrayList<>());

  private static final AtomicInteger done = new AtomicInteger();
  private static final AtomicInteger inDoubt = new AtomicInteger();
  private static final AtomicInteger wholeAfterKill = new AtomicInteger();
  private static final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws Exception {
    int kills = Integer.parseInt(args[0]);
    int operations = Integer.parseInt(args[1]);
    base = "http://localhost:" + args[2] + "/";
    jdbc = args[3];
    dbUser = args[4];
    dbPassword = args[5];
    serverCommand = List.of(args).subList(6, args.length);
    serverLog = Path.of("target", "crash-test-server.log");
    Files.createDirectories(serverLog.getParent());
    Random random = new Random();

    start();
    TreeSet<Integer> killAt = new TreeSet<>();
    while (killAt.size() < kills) {
      killAt.add(operations / 10 + random.nextInt(Math.max(1, operations * 8 / 10)));
    }
    System.out.printf(
        "Crash test: %d operations from 2 clients, SIGKILL after operations %s%n",
        operations, killAt);

    AtomicInteger next = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      Thread t =
          new Thread(
              () -> {
                Random r = new Random();
                while (next.getAndIncrement() < operations) {
                  try {
                    operation(r);
                  } catch (Exception e) {
                    failures.add("client: " + e);
                  }
                  done.incrementAndGet();
                }
              });
      t.start();
      clients.add(t);
    }
    int killed = 0;
    for (int at : killAt) {
      while (done.get() < at && clients.stream().anyMatch(Thread::isAlive)) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(150)); // somewhere inside the requests in flight
      kill();
      killed++;
      System.out.printf("  kill %d after %d operations%n", killed, done.get());
      start();
      checkConsistent("after kill " + killed);
    }
    for (Thread t : clients) {
      t.join();
    }
    awaitLetters();
    checkConsistent("at the end");
    checkExactlyOnce();
    server.destroy();
    server.waitFor();

    System.out.printf(
        "%d operations, %d kills: %d intakes and %d admissibility decisions acknowledged;"
            + " %d commands were in flight at a kill (%d of them wholly there, the others not at"
            + " all), each retried and acknowledged once%n",
        operations,
        killed,
        intakes.size(),
        completed.size(),
        inDoubt.get(),
        wholeAfterKill.get());
    if (!failures.isEmpty()) {
      System.out.println("FAILED:");
      failures.forEach(f -> System.out.println("  " + f));
      System.exit(1);
    }
    System.out.println("Crash test passed.");
  }

  // ---- the operations

  private static void operation(Random r) throws Exception {
    String caseId = null;
    if (r.nextInt(10) < 3) {
      synchronized (waiting) {
        if (!waiting.isEmpty()) {
          caseId = waiting.remove(r.nextInt(waiting.size()));
        }
      }
    }
    if (caseId == null) {
      intake();
    } else {
      admissibility(caseId);
    }
  }

  /** One intake, retried with the same key until it is acknowledged. */
  private static void intake() throws Exception {
    String reference = "CRASH-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    LocalDate decided = LocalDate.now().minusDays(20);
    String body =
        "{\"bsn\":\""
            + validBsn()
            + "\",\"benefitType\":\"HUURTOESLAG\",\"contestedDecision\":{\"reference\":\""
            + reference
            + "\",\"type\":\"TERUGVORDERING\",\"date\":\""
            + decided
            + "\"},\"receivedDate\":\""
            + decided.plusDays(7)
            + "\",\"grounds\":[\"Mijn inkomen is te hoog vastgesteld.\"],\"channel\":\"DIGITAAL\","
            + "\"amountAtStakeCents\":45000}";
    boolean doubted = false;
    while (true) {
      int seen = generation.get();
      HttpResponse<String> reply;
      try {
        reply =
            HTTP.send(
                request("api/objections")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (IOException serverGone) {
        if (!doubted) {
          doubted = true;
          inDoubt.incrementAndGet();
        }
        awaitRestart(seen);
        // before the retry: wholly there or not at all
        checkIntakeWholeOrAbsent(reference);
        continue;
      }
      if (reply.statusCode() == 201) {
        String id = field(reply.body(), "id");
        if (intakes.putIfAbsent(reference, id) != null) {
          failures.add("intake " + reference + " acknowledged twice");
        }
        waiting.add(id);
        return;
      }
      if (reply.statusCode() >= 500 && !alive()) {
        awaitRestart(seen);
        continue;
      }
      failures.add("intake " + reference + " answered " + reply.statusCode() + ": " + reply.body());
      return;
    }
  }

  /** The admissibility decision on a case; after a kill, checked before it is retried. */
  private static void admissibility(String caseId) throws Exception {
    boolean doubted = false;
    while (true) {
      int seen = generation.get();
      HttpResponse<String> reply;
      try {
        reply =
            HTTP.send(
                request("api/objections/" + caseId + "/admissibility")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"missing\":[]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (IOException serverGone) {
        if (!doubted) {
          doubted = true;
          inDoubt.incrementAndGet();
        }
        awaitRestart(seen);
        String stage =
            text("SELECT stage FROM obj_objection WHERE id = ?", caseId);
        if (!"ADMISSIBILITY".equals(stage)) {
          // it committed before the kill: wholly there, then, with its one audit entry
          wholeAfterKill.incrementAndGet();
          long decisions = admissibilityEntries(caseId);
          if (decisions != 1) {
            failures.add(caseId + ": admissibility committed with " + decisions + " audit entries");
          }
          completed.add(caseId);
          return;
        }
        continue;
      }
      if (reply.statusCode() == 200) {
        completed.add(caseId);
        return;
      }
      if (reply.statusCode() >= 500 && !alive()) {
        awaitRestart(seen);
        continue;
      }
      failures.add(
          "admissibility " + caseId + " answered " + reply.statusCode() + ": " + reply.body());
      return;
    }
  }

  // ---- the checks

  private static void checkIntakeWholeOrAbsent(String reference) throws Exception {
    String id = text("SELECT id FROM obj_objection WHERE contested_reference = ?", reference);
    if (id == null) {
      return;
    }
    wholeAfterKill.incrementAndGet();
    List<String> missing = wholeIntake(id);
    if (!missing.isEmpty()) {
      failures.add("intake " + reference + " half-there after a kill: no " + missing);
    }
  }

  /** What of a received case is missing: its process, its open task, its intake audit entry. */
  private static List<String> wholeIntake(String id) throws Exception {
    List<String> missing = new ArrayList<>();
    if (number("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ?", id) != 1) {
      missing.add("process");
    }
    if (number(
            "SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e"
                + " ON t.proc_inst_id_ = e.proc_inst_id_ AND e.parent_id_ IS NULL"
                + " WHERE e.business_key_ = ?",
            id)
        < 1) {
      missing.add("open task");
    }
    if (number(
            "SELECT COUNT(*) FROM audit_entry WHERE object_id = ? AND action = 'OBJECTION_REGISTERED'",
            id)
        != 1) {
      missing.add("one OBJECTION_REGISTERED audit entry");
    }
    if (number("SELECT COUNT(*) FROM doc_letter_job WHERE owner_id = ?", id) < 1) {
      missing.add("acknowledgement letter job");
    }
    return missing;
  }

  /** After each restart: the chain, the read model, the timers of every open case. */
  private static void checkConsistent(String when) throws Exception {
    HttpResponse<String> v =
        HTTP.send(
            request("api/audit/verification", "inspectie1").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (v.statusCode() != 200 || !v.body().contains("\"intact\":true")) {
      failures.add(when + ": audit chain " + v.statusCode() + " " + v.body());
    }
    long tasks = number("SELECT COUNT(*) FROM act_ru_task");
    long rows = number("SELECT COUNT(*) FROM web_open_task");
    if (tasks != rows) {
      failures.add(when + ": the engine has " + tasks + " open tasks, the task list " + rows);
    }
    long withoutTimer =
        number(
            "SELECT COUNT(*) FROM act_ru_execution e WHERE e.parent_id_ IS NULL"
                + " AND e.business_key_ IN (SELECT id FROM obj_objection WHERE closed_on IS NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM act_ru_job j WHERE j.process_instance_id_ ="
                + " e.proc_inst_id_ AND j.type_ = 'timer')");
    if (withoutTimer != 0) {
      failures.add(when + ": " + withoutTimer + " open cases have no deadline timer waiting");
    }
    System.out.printf(
        "    %s: chain intact, %d open tasks in engine and task list, every open case's timers"
            + " waiting%n",
        when, tasks);
  }

  /** At the end: every acknowledged command exactly once, every letter exactly once. */
  private static void checkExactlyOnce() throws Exception {
    long cases =
        number("SELECT COUNT(*) FROM obj_objection WHERE contested_reference LIKE ?", "CRASH-" + RUN + "-%");
    if (cases != intakes.size()) {
      failures.add(cases + " cases exist for " + intakes.size() + " acknowledged intakes");
    }
    for (Map.Entry<String, String> e : intakes.entrySet()) {
      long n = number("SELECT COUNT(*) FROM obj_objection WHERE contested_reference = ?", e.getKey());
      if (n != 1) {
        failures.add("intake " + e.getKey() + " present " + n + " times");
      }
      List<String> missing = wholeIntake(e.getValue());
      if (!missing.isEmpty()) {
        failures.add("acknowledged intake " + e.getKey() + " lacks " + missing);
      }
      long letters =
          number(
              "SELECT COUNT(*) FROM doc_document WHERE owner_id = ? AND kind = ?",
              e.getValue(),
              "OBJECTION_ACKNOWLEDGEMENT");
      if (letters != 1) {
        failures.add("case " + e.getValue() + " has " + letters + " acknowledgement letters");
      }
    }
    for (String id : completed) {
      if ("ADMISSIBILITY".equals(text("SELECT stage FROM obj_objection WHERE id = ?", id))) {
        failures.add("acknowledged admissibility of " + id + " is not there");
      }
      long n = admissibilityEntries(id);
      if (n != 1) {
        failures.add("admissibility of " + id + " recorded " + n + " times");
      }
    }
    long unlinked = number("SELECT COUNT(*) FROM audit_entry WHERE sequence_no IS NULL");
    if (unlinked != 0) {
      failures.add(unlinked + " audit entries were never linked into the chain");
    }
    long jobs = number("SELECT COUNT(*) FROM doc_letter_job WHERE status <> 'DONE'");
    long documents = number("SELECT COUNT(*) FROM doc_document");
    long jobRows = number("SELECT COUNT(*) FROM doc_letter_job");
    if (jobs != 0 || documents != jobRows) {
      failures.add(
          jobs + " letter jobs not done; " + documents + " documents for " + jobRows + " jobs");
    }
    System.out.printf(
        "    exactly once: %d cases for %d acknowledged intakes, %d letters for %d letter jobs,"
            + " every audit entry linked%n",
        cases, intakes.size(), documents, jobRows);
  }

  private static long admissibilityEntries(String caseId) throws Exception {
    return number(
        "SELECT COUNT(*) FROM audit_entry WHERE object_id = ? AND action = 'ADMISSIBILITY_ASSESSED'",
        caseId);
  }

  /** Letter jobs are done after commit and by a periodic run: at most two minutes. */
  private static void awaitLetters() throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < until) {
      if (number("SELECT COUNT(*) FROM doc_letter_job WHERE status <> 'DONE'") == 0
          && number("SELECT COUNT(*) FROM audit_entry WHERE sequence_no IS NULL") == 0) {
        return;
      }
      Thread.sleep(500);
    }
  }

  // ---- the server

  private static synchronized void start() throws Exception {
    server =
        new ProcessBuilder(serverCommand)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
            .start();
    long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < until) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server stopped; see " + serverLog);
      }
      try {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          generation.incrementAndGet();
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the server did not get ready; see " + serverLog);
  }

  private static synchronized void kill() throws Exception {
    server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no orderly close
    server.waitFor();
  }

  private static boolean alive() {
    return server != null && server.isAlive();
  }

  private static void awaitRestart(int seen) throws InterruptedException {
    while (generation.get() == seen) {
      Thread.sleep(50);
    }
  }

  // ---- helpers

  private static HttpRequest.Builder request(String path) {
    return request(path, "behandelaar1");
  }

  private static HttpRequest.Builder request(String path, String user) {
    String basic =
        Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + basic)
        .header("X-Toeslagen-Request", "1")
        .header("Accept", "application/json");
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  private static Connection connection() throws Exception {
    return DriverManager.getConnection(jdbc, dbUser, dbPassword);
  }

  private static long number(String sql, Object... values) throws Exception {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String text(String sql, Object... values) throws Exception {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** A random number that passes the eleven test (elfproef), as a real BSN does. */
  private static String validBsn() {
    Random random = new Random();
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + random.nextInt(9);
      int sum = d[0] * 9;
      for (int i = 1; i < 8; i++) {
        d[i] = random.nextInt(10);
        sum += d[i] * (9 - i);
      }
      int check = sum % 11;
      if (check == 10) {
        continue;
      }
      d[8] = check;
      StringBuilder b = new StringBuilder();
      for (int digit : d) {
        b.append(digit);
      }
      return b.toString();
    }
  }
}
