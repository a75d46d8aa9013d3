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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-node test of bin/two-node-test (run by the JDK's source launcher, with only the
 * PostgreSQL JDBC driver on the class path): two application nodes on different ports share one
 * PostgreSQL database and one data folder. Clients send intakes to both nodes in turn; every case
 * is registered late, so its three deadline timers (the reminder, the escalation, the missed
 * deadline) come due at once and are run by the job executors of both nodes. When every timer has
 * fired, every case is withdrawn through the other node than the one that received it, which ends
 * its process. The test then checks:
 *
 * <ul>
 *   <li>each timer's work happened exactly once: one successful job per timer in the engine's job
 *       log, one audit entry per timer per case, and both nodes ran some of them;
 *   <li>every process instance ran to its end, with no job, task or task-list row left behind;
 *   <li>the audit chain is one intact chain, seen the same from both nodes, every entry linked;
 *   <li>both nodes serve the same task list, and a case changed on one node reads the same on the
 *       other at once (no node keeps a stale copy);
 *   <li>every letter was made exactly once, and a letter made by one node is served by the other.
 * </ul>
 *
 * <p>Arguments: processes, first port, JDBC URL, database user, password, then the command that
 * starts a node (without its port: each node gets {@code --port} appended and its name in {@code
 * TOESLAGEN_NODE_NAME}).
 */
public final class TwoNodeTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  private static final String[] TIMER_ACTIONS = {
    "DEADLINE_REMINDER", "DEADLINE_ESCALATED", "DEADLINE_PASSED"
  };
  private static final String[] TIMER_ACTIVITIES = {
    "ReminderTimer", "EscalationTimer", "DeadlineTimer"
  };
  private static final int CLIENTS = 4;

  private static String jdbc;
  private static String dbUser;
  private static String dbPassword;
  private static final List<String> nodes = new ArrayList<>();
  private static final List<Process> servers = new ArrayList<>();
  private static final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  /** Case id to the index of the node that received it. */
  private static final Map<String, Integer> cases = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    int processes = Integer.parseInt(args[0]);
    int port = Integer.parseInt(args[1]);
    jdbc = args[2];
    dbUser = args[3];
    dbPassword = args[4];
    List<String> command = List.of(args).subList(5, args.length);
    Path logs = Path.of("target");
    Files.createDirectories(logs);
    try {
      // one after the other: the first creates the schemas, the second finds them
      for (int n = 0; n < 2; n++) {
        start(command, port + n, "node-" + (char) ('a' + n), logs);
      }
      System.out.printf(
          "Two nodes on %s share one database; %d processes from %d clients%n",
          nodes, processes, CLIENTS);
      run(processes);
    } finally {
      for (Process p : servers) {
        p.destroy();
      }
      for (Process p : servers) {
        p.waitFor();
      }
    }
    if (!failures.isEmpty()) {
      System.out.println("FAILED:");
      failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
      if (failures.size() > 40) {
        System.out.println("  ... and " + (failures.size() - 40) + " more");
      }
      System.exit(1);
    }
    System.out.println("Two-node test passed.");
  }

  private static void run(int processes) throws Exception {
    long t0 = System.nanoTime();
    parallel(processes, i -> intake(i % 2));
    System.out.printf(
        "  %d late intakes acknowledged in %.1f s, alternating between the nodes%n",
        cases.size(), seconds(t0));
    if (cases.size() != processes) {
      failures.add(cases.size() + " of " + processes + " intakes acknowledged");
    }
    sameTaskList("after the intakes");

    long t1 = System.nanoTime();
    awaitTimers(Duration.ofMinutes(15));
    System.out.printf(
        "  all %d deadline timers fired in %.1f s after the last intake%n",
        cases.size() * TIMER_ACTIONS.length, seconds(t1));
    checkTimersExactlyOnce();

    long t2 = System.nanoTime();
    List<String> ids = new ArrayList<>(cases.keySet());
    parallel(ids.size(), i -> withdraw(ids.get(i)));
    System.out.printf(
        "  %d cases withdrawn in %.1f s, each through the other node%n", ids.size(), seconds(t2));
    awaitQuiet(Duration.ofMinutes(5));
    checkProcessesEnded();
    checkLetters();
    checkChain();
    sameTaskList("at the end");
  }

  // ---- the operations

  private static void intake(int node) {
    LocalDate decided = LocalDate.now().minusDays(100);
    String reference = "TWO-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 8);
    // decided 100 days ago, received within the six weeks, registered now: the decision term
    // ended days ago, so all three deadline timers are due at once
    String body =
        "{\"bsn\":\""
            + validBsn()
            + "\",\"benefitType\":\"HUURTOESLAG\",\"contestedDecision\":{\"reference\":\""
            + reference
            + "\",\"type\":\"TERUGVORDERING\",\"date\":\""
            + decided
            + "\"},\"receivedDate\":\""
            + decided.plusDays(35)
            + "\",\"grounds\":[\"Mijn inkomen is te hoog vastgesteld.\"],\"channel\":\"DIGITAAL\","
            + "\"amountAtStakeCents\":45000}";
    HttpResponse<String> r =
        send(
            request(node, "api/objections", "behandelaar1")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (r == null || r.statusCode() != 201) {
      failures.add("intake on " + nodes.get(node) + " answered " + describe(r));
      return;
    }
    cases.put(field(r.body(), "id"), node);
  }

  /**
   * Reads the case on the other node (so that node has seen it), withdraws it there, and reads it
   * again on the node that received it: it must show the withdrawal at once.
   */
  private static void withdraw(String id) {
    int received = cases.get(id);
    int other = 1 - received;
    HttpResponse<String> before = send(request(received, "api/objections/" + id).GET().build());
    if (before == null || before.statusCode() != 200) {
      failures.add("read " + id + " on " + nodes.get(received) + ": " + describe(before));
      return;
    }
    String body =
        "{\"reason\":\"De burger trekt het bezwaar telefonisch in.\",\"channel\":\"TELEPHONE\",\"receivedOn\":\""
            + LocalDate.now()
            + "\"}";
    HttpResponse<String> r =
        send(
            request(other, "api/objections/" + id + "/withdrawal")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (r == null || r.statusCode() != 200) {
      failures.add("withdrawal of " + id + " on " + nodes.get(other) + ": " + describe(r));
      return;
    }
    HttpResponse<String> after = send(request(received, "api/objections/" + id).GET().build());
    if (after == null || after.statusCode() != 200 || !"WITHDRAWN".equals(field(after.body(), "stage"))) {
      failures.add(
          id + " withdrawn on " + nodes.get(other) + " but " + nodes.get(received) + " reads "
              + describe(after));
    }
  }

  // ---- the checks

  private static void awaitTimers(Duration limit) throws Exception {
    long until = System.nanoTime() + limit.toNanos();
    long fired = 0;
    while (System.nanoTime() < until) {
      fired = timerEntries();
      if (fired >= (long) cases.size() * TIMER_ACTIONS.length) {
        return;
      }
      Thread.sleep(500);
    }
    failures.add(
        "after " + limit.toMinutes() + " min only " + fired + " of "
            + cases.size() * TIMER_ACTIONS.length + " deadline timers had fired");
  }

  private static long timerEntries() throws Exception {
    return number(
        "SELECT COUNT(*) FROM audit_entry WHERE action IN (?, ?, ?) AND object_id IN"
            + " (SELECT id FROM obj_objection WHERE contested_reference LIKE ?)",
        TIMER_ACTIONS[0],
        TIMER_ACTIONS[1],
        TIMER_ACTIONS[2],
        "TWO-" + RUN + "-%");
  }

  /** One audit entry per timer per case; one successful job per timer; both nodes ran some. */
  private static void checkTimersExactlyOnce() throws Exception {
    for (String action : TIMER_ACTIONS) {
      long wrong =
          number(
              "SELECT COUNT(*) FROM (SELECT o.id FROM obj_objection o LEFT JOIN audit_entry a"
                  + " ON a.object_id = o.id AND a.action = ? WHERE o.contested_reference LIKE ?"
                  + " GROUP BY o.id HAVING COUNT(a.entry_id) <> 1) x",
              action,
              "TWO-" + RUN + "-%");
      if (wrong != 0) {
        failures.add(wrong + " cases do not have exactly one " + action + " entry");
      }
    }
    Map<String, Long> perNode = new LinkedHashMap<>();
    for (String activity : TIMER_ACTIVITIES) {
      long wrong =
          number(
              "SELECT COUNT(*) FROM (SELECT p.id_ FROM act_hi_procinst p LEFT JOIN act_hi_job_log l"
                  + " ON l.process_instance_id_ = p.id_ AND l.act_id_ = ? AND l.job_state_ = 2"
                  + " WHERE p.business_key_ IN (SELECT id FROM obj_objection"
                  + " WHERE contested_reference LIKE ?) GROUP BY p.id_ HAVING COUNT(l.id_) <> 1) x",
              activity,
              "TWO-" + RUN + "-%");
      if (wrong != 0) {
        failures.add(wrong + " processes do not have exactly one successful " + activity + " job");
      }
    }
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2"
                    + " AND act_id_ IN (?, ?, ?) GROUP BY hostname_ ORDER BY hostname_")) {
      for (int i = 0; i < TIMER_ACTIVITIES.length; i++) {
        s.setString(i + 1, TIMER_ACTIVITIES[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          perNode.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    long retried =
        number(
            "SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1 AND act_id_ IN (?, ?, ?)",
            TIMER_ACTIVITIES[0],
            TIMER_ACTIVITIES[1],
            TIMER_ACTIVITIES[2]);
    System.out.printf(
        "    exactly once: one audit entry and one successful job per timer; jobs run per node %s"
            + " (%d attempts failed and were retried)%n",
        perNode, retried);
    for (String node : nodes) {
      if (perNode.getOrDefault(node, 0L) == 0) {
        failures.add(node + " ran none of the timer jobs: " + perNode);
      }
    }
  }

  /** Waits until letters are made and every audit entry is linked. */
  private static void awaitQuiet(Duration limit) throws Exception {
    long until = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < until) {
      if (number("SELECT COUNT(*) FROM doc_letter_job WHERE status <> 'DONE'") == 0
          && number("SELECT COUNT(*) FROM audit_entry WHERE sequence_no IS NULL") == 0) {
        return;
      }
      Thread.sleep(500);
    }
  }

  private static void checkProcessesEnded() throws Exception {
    String mine = "(SELECT id FROM obj_objection WHERE contested_reference LIKE ?)";
    String pattern = "TWO-" + RUN + "-%";
    long running =
        number(
            "SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NULL AND business_key_ IN "
                + mine,
            pattern);
    long ended =
        number(
            "SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL AND business_key_ IN "
                + mine,
            pattern);
    long jobs = number("SELECT COUNT(*) FROM act_ru_job");
    long tasks = number("SELECT COUNT(*) FROM act_ru_task");
    long rows = number("SELECT COUNT(*) FROM web_open_task");
    long withdrawn =
        number(
            "SELECT COUNT(*) FROM obj_objection WHERE stage = 'WITHDRAWN' AND contested_reference"
                + " LIKE ?",
            pattern);
    System.out.printf(
        "    %d processes ended, %d running; %d cases withdrawn; left: %d jobs, %d tasks, %d"
            + " task-list rows%n",
        ended, running, withdrawn, jobs, tasks, rows);
    if (running != 0 || ended != cases.size() || withdrawn != cases.size()) {
      failures.add(ended + " of " + cases.size() + " processes ended, " + running + " running");
    }
    if (jobs != 0 || tasks != 0 || rows != 0) {
      failures.add("left behind: " + jobs + " jobs, " + tasks + " tasks, " + rows + " rows");
    }
  }

  /**
   * Two letters per case, each once: the acknowledgement and the confirmation of a withdrawal by
   * telephone; a sample is served by both nodes.
   */
  private static void checkLetters() throws Exception {
    long wrong =
        number(
            "SELECT COUNT(*) FROM (SELECT o.id FROM obj_objection o LEFT JOIN doc_document d ON"
                + " d.owner_id = o.id WHERE o.contested_reference LIKE ? GROUP BY o.id"
                + " HAVING COUNT(d.id) <> 2 OR COUNT(DISTINCT d.kind) <> 2) x",
            "TWO-" + RUN + "-%");
    long notDone = number("SELECT COUNT(*) FROM doc_letter_job WHERE status <> 'DONE'");
    if (wrong != 0 || notDone != 0) {
      failures.add(
          wrong + " cases lack exactly one acknowledgement and one withdrawal confirmation; "
              + notDone + " letter jobs not done");
    }
    int served = 0;
    for (String id : new ArrayList<>(cases.keySet()).subList(0, Math.min(20, cases.size()))) {
      for (int node = 0; node < 2; node++) {
        HttpResponse<String> list = send(request(node, "api/objections/" + id + "/letters").GET().build());
        if (list == null || list.statusCode() != 200) {
          failures.add(nodes.get(node) + " does not list the letters of " + id + ": " + describe(list));
          continue;
        }
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(list.body());
        while (m.find()) {
          HttpResponse<byte[]> pdf =
              sendBytes(
                  request(node, "api/objections/" + id + "/letters/" + m.group(1))
                      .header("Accept", "application/pdf")
                      .GET()
                      .build());
          if (pdf == null
              || pdf.statusCode() != 200
              || !new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            failures.add(nodes.get(node) + " does not serve letter " + m.group(1) + " of " + id);
          } else {
            served++;
          }
        }
      }
    }
    System.out.printf(
        "    letters: one acknowledgement and one withdrawal confirmation per case; %d letters"
            + " fetched from both nodes%n",
        served);
  }

  private static void checkChain() throws Exception {
    String seen = null;
    for (int node = 0; node < 2; node++) {
      HttpResponse<String> v =
          send(request(node, "api/audit/verification", "inspectie1").GET().build());
      if (v == null || v.statusCode() != 200 || !v.body().contains("\"intact\":true")) {
        failures.add(nodes.get(node) + ": audit chain " + describe(v));
        continue;
      }
      String entries = v.body().replaceAll(".*\"entries\"\\s*:\\s*(\\d+).*", "$1");
      if (seen != null && !seen.equals(entries)) {
        failures.add("the nodes verify different chains: " + seen + " and " + entries + " entries");
      }
      seen = entries;
    }
    long unlinked = number("SELECT COUNT(*) FROM audit_entry WHERE sequence_no IS NULL");
    long gaps =
        number("SELECT MAX(sequence_no) - COUNT(sequence_no) + 1 - MIN(sequence_no) FROM audit_entry");
    if (unlinked != 0 || gaps != 0) {
      failures.add(unlinked + " audit entries unlinked, " + gaps + " gaps in the sequence");
    }
    System.out.printf(
        "    audit chain: one intact chain of %s entries, verified on both nodes, none unlinked%n",
        seen);
  }

  /** Both nodes answer the same team task list: the same total and the same first page. */
  private static void sameTaskList(String when) {
    List<String> answers = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      HttpResponse<String> r =
          send(request(node, "api/tasks?scope=team&size=50").GET().build());
      if (r == null || r.statusCode() != 200) {
        failures.add(when + ": task list on " + nodes.get(node) + " answered " + describe(r));
        return;
      }
      answers.add(r.body());
    }
    if (!answers.get(0).equals(answers.get(1))) {
      failures.add(when + ": the nodes answer different task lists");
    }
    System.out.printf(
        "    %s: both nodes answer the same task list (%s open tasks in the team)%n",
        when, answers.get(0).replaceAll(".*\"total\"\\s*:\\s*(\\d+).*", "$1"));
  }

  // ---- the nodes

  private static void start(List<String> command, int port, String name, Path logs)
      throws Exception {
    List<String> cmd = new ArrayList<>(command);
    cmd.add("--port");
    cmd.add(Integer.toString(port));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve("two-node-" + name + ".log").toFile());
    pb.environment().put("TOESLAGEN_NODE_NAME", name);
    Process server = pb.start();
    servers.add(server);
    String base = "http://localhost:" + port + "/";
    long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < until) {
      if (!server.isAlive()) {
        throw new IllegalStateException(name + " stopped; see target/two-node-" + name + ".log");
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
          nodes.add(name);
          bases.add(base);
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " did not get ready; see target/two-node-" + name + ".log");
  }

  private static final List<String> bases = new ArrayList<>();

  // ---- helpers

  private static void parallel(int count, IntConsumer work) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Thread t =
          new Thread(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                  try {
                    work.accept(i);
                  } catch (RuntimeException e) {
                    failures.add("client: " + e);
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private static HttpRequest.Builder request(int node, String path) {
    return request(node, path, "behandelaar1");
  }

  private static HttpRequest.Builder request(int node, String path, String user) {
    String basic =
        Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(bases.get(node) + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + basic)
        .header("X-Toeslagen-Request", "1")
        .header("Accept", "application/json");
  }

  private static HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The answer, or null (recorded as a failure) when the node gave none. */
  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      failures.add(request.uri() + ": " + e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String describe(HttpResponse<String> r) {
    if (r == null) {
      return "no answer";
    }
    String body = r.body();
    return r.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    return m.find() ? m.group(1) : null;
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
