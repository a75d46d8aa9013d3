import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bin/benchmark (run by the JDK's source launcher, with only the PostgreSQL JDBC
 * driver on the class path): measures a running application on PostgreSQL next to references
 * measured in the same run, on the same database, at the same concurrency, and prints each figure
 * with its reference and ratio. See docs/performance.md.
 *
 * <p>Arguments: base URL, JDBC URL, database user, password, mode ({@code short} or {@code full}).
 */
public final class Benchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static String base;
  private static String jdbc;
  private static String dbUser;
  private static String dbPassword;

  public static void main(String[] args) throws Exception {
    base = args[0].endsWith("/") ? args[0] : args[0] + "/";
    jdbc = args[1];
    dbUser = args[2];
    dbPassword = args[3];
    boolean full = args.length > 4 && "full".equals(args[4]);
    int intakes = full ? 400 : 40;
    int rawRows = full ? 5000 : 500;
    if (args.length > 5 && "p2".equals(args[5])) {
      withoutHistoryAndAudit(intakes);
      return;
    }

    long dbBefore = databaseBytes();
    long objectionsBefore = count("SELECT COUNT(*) FROM obj_objection");
    long documentBytesBefore = count("SELECT COALESCE(SUM(size_bytes), 0) FROM doc_document");

    System.out.println("P1  intake until the first task (REST API, history full, audit on)");
    for (int clients : new int[] {1, 4}) {
      Result app = intakes(clients, intakes);
      Result raw = rawInserts(clients, rawRows);
      double bare = bareEngine(clients);
      System.out.printf(
          Locale.ROOT,
          "    %d client(s): %7.1f intakes/s  p50 %6.1f ms  p99 %6.1f ms (target <= 50 ms)%n"
              + "      | bare engine %6.1f starts/s: ratio %.2f (target >= 0.5)%n"
              + "      | raw single-row JDBC inserts %8.1f/s: ratio %.4f (1/%.1f; stretch >= 1/15)%n",
          clients,
          app.perSecond(),
          app.p50(),
          app.p99(),
          bare,
          app.perSecond() / bare,
          raw.perSecond(),
          app.perSecond() / raw.perSecond(),
          raw.perSecond() / app.perSecond());
      // for the P2 run, which compares itself with these rates
      System.out.printf(Locale.ROOT, "P1_RATE %d %.2f%n", clients, app.perSecond());
    }
    letterLag();
    timerLag(4, intakes);

    verification();

    long created = count("SELECT COUNT(*) FROM obj_objection") - objectionsBefore;
    long dbGrowth = databaseBytes() - dbBefore;
    long documentGrowth =
        count("SELECT COALESCE(SUM(size_bytes), 0) FROM doc_document") - documentBytesBefore;
    System.out.printf(
        Locale.ROOT,
        "P6  storage per objection at intake (%d created): database %.1f KB (target <= 50 KB),"
            + " documents %.1f KB%n",
        created,
        dbGrowth / 1024.0 / Math.max(1, created),
        documentGrowth / 1024.0 / Math.max(1, created));

    teamPage(full ? 100_000 : 10_000, full ? 5_000_000 : 100_000, full ? 400 : 100);
  }

  /** Results of one measured run: latencies in ms, the wall time in s. */
  record Result(List<Double> latencies, double seconds) {
    double perSecond() {
      return latencies.size() / seconds;
    }

    double p50() {
      return percentile(0.50);
    }

    double p99() {
      return percentile(0.99);
    }

    double percentile(double p) {
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      int index = (int) Math.ceil(p * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
  }

  /**
   * P2, against an application started with {@code TOESLAGEN_ENGINE_HISTORY=none} and {@code
   * TOESLAGEN_AUDIT=off} on a database of its own: the same intakes, and the ratio of P1's rate (with
   * history and audit, passed by bin/benchmark) to this one.
   */
  private static void withoutHistoryAndAudit(int intakes) throws Exception {
    System.out.println("P2  intake until the first task (REST API), history none, audit off");
    for (int clients : new int[] {1, 4}) {
      Result bare = intakes(clients, intakes);
      String p1 = System.getenv("TOESLAGEN_BENCH_P1_" + clients);
      double withBoth = p1 == null || p1.isBlank() ? Double.NaN : Double.parseDouble(p1);
      System.out.printf(
          Locale.ROOT,
          "    %d client(s): %7.1f intakes/s  p50 %6.1f ms  p99 %6.1f ms | with history and audit"
              + " (P1) %6.1f/s: ratio %.2f (target >= 0.5)%n",
          clients,
          bare.perSecond(),
          bare.p50(),
          bare.p99(),
          withBoth,
          withBoth / bare.perSecond());
    }
    long entries = count("SELECT COUNT(*) FROM audit_entry");
    long history = count("SELECT COUNT(*) FROM act_hi_procinst");
    System.out.printf(
        "    (the run recorded %d audit entries and %d process history rows)%n", entries, history);
  }

  /** The bare engine's starts per second at this concurrency, measured by bin/benchmark before. */
  private static double bareEngine(int clients) {
    String rate = System.getenv("TOESLAGEN_BENCH_BARE_ENGINE_" + clients);
    return rate == null || rate.isBlank() ? Double.NaN : Double.parseDouble(rate);
  }

  /** {@code total} intakes through POST /api/objections from {@code clients} threads. */
  private static Result intakes(int clients, int total) throws Exception {
    return intakes(clients, total, false);
  }

  /**
   * {@code total} intakes from {@code clients} threads; {@code late}: registered 50 days after
   * receipt, so that the case's reminder and escalation timers are due at once.
   */
  private static Result intakes(int clients, int total, boolean late) throws Exception {
    // one warm-up intake, not counted
    intake(late);
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int share = total / clients;
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  long t = System.nanoTime();
                  intake(late);
                  latencies.add((System.nanoTime() - t) / 1e6);
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(latencies, seconds);
  }

  private static void intake(boolean late) throws Exception {
    // late: decided 80 days ago, received in time 30 days later, registered now: the deadline is
    // days away, so the reminder (10 working days before) and the escalation (5) are due at once
    LocalDate decided = LocalDate.now().minusDays(late ? 80 : 20);
    LocalDate received = decided.plusDays(late ? 30 : 7);
    String body =
        "{\"bsn\":\""
            + validBsn()
            + "\",\"benefitType\":\"HUURTOESLAG\",\"contestedDecision\":{\"reference\":\"BENCH-"
            + ThreadLocalRandom.current().nextInt(1_000_000)
            + "\",\"type\":\"TERUGVORDERING\",\"date\":\""
            + decided
            + "\"},\"receivedDate\":\""
            + received
            + "\",\"grounds\":[\"Mijn inkomen is te hoog vastgesteld.\"],\"channel\":\"DIGITAAL\","
            + "\"amountAtStakeCents\":45000}";
    HttpResponse<String> r =
        HTTP.send(
            request("api/objections", "behandelaar1")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // the answer lists the first task: it exists when the intake has answered
    if (r.statusCode() != 201 || !r.body().contains("AssessAdmissibilityTask")) {
      throw new IllegalStateException("intake answered " + r.statusCode() + ": " + r.body());
    }
  }

  /**
   * Letters off the hot path: every acknowledgement of P1's intakes is rendered by a letter job after
   * the intake's commit. From the job's row (written in the intake's transaction) to its stored
   * document, p50 and p99, and how many jobs are not done.
   */
  private static void letterLag() throws Exception {
    long waitStart = System.nanoTime();
    while (count("SELECT COUNT(*) FROM doc_letter_job WHERE status <> 'DONE'") > 0
        && System.nanoTime() - waitStart < 60_000_000_000L) {
      Thread.sleep(50);
    }
    double drained = (System.nanoTime() - waitStart) / 1e6;
    List<Double> lags = new ArrayList<>();
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT EXTRACT(EPOCH FROM (d.created_at - j.created_at)) * 1000 FROM doc_letter_job"
                    + " j JOIN doc_document d ON d.id = j.document_id WHERE j.status = 'DONE'");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        lags.add(r.getDouble(1));
      }
    }
    long notDone = count("SELECT COUNT(*) FROM doc_letter_job WHERE status <> 'DONE'");
    Result lag = new Result(lags, 1);
    System.out.printf(
        Locale.ROOT,
        "    letters: %d rendered after the intake's commit, from job to stored PDF p50 %.1f ms"
            + "  p99 %.1f ms; all done %.0f ms after the last intake answered, %d not done%n",
        lags.size(),
        lags.isEmpty() ? Double.NaN : lag.p50(),
        lags.isEmpty() ? Double.NaN : lag.p99(),
        drained,
        notDone);
  }

  /** The reference: single-row inserts with autocommit into a scratch table of the same size. */
  private static Result rawInserts(int clients, int total) throws Exception {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_raw_insert");
      s.execute(
          "CREATE TABLE bench_raw_insert (id VARCHAR(36) PRIMARY KEY, payload VARCHAR(200),"
              + " created_at TIMESTAMP WITH TIME ZONE)");
    }
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      int share = total / clients;
      work.add(
          pool.submit(
              () -> {
                try (Connection c = connection();
                    PreparedStatement insert =
                        c.prepareStatement(
                            "INSERT INTO bench_raw_insert VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                  for (int i = 0; i < share; i++) {
                    long t0 = System.nanoTime();
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "objection intake reference row");
                    insert.executeUpdate();
                    latencies.add((System.nanoTime() - t0) / 1e6);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE bench_raw_insert");
    }
    return new Result(latencies, seconds);
  }

  /**
   * P4: the lag of the deadline timers under load. {@code clients} stream late-registered intakes,
   * whose reminder and escalation timers are due when the case is created; the lag of a timer is
   * from when it was due (or created, when later) to when the job executor completed it, from the
   * engine's job log ({@code act_hi_job_log}: state 0 created, 2 successful).
   */
  private static void timerLag(int clients, int total) throws Exception {
    String since;
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(CURRENT_TIMESTAMP AS VARCHAR)")) {
      rs.next();
      since = rs.getString(1);
    }
    Result load = intakes(clients, total, true);
    String created =
        "SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 0 AND job_def_type_ LIKE 'timer%'"
            + " AND timestamp_ >= CAST('"
            + since
            + "' AS TIMESTAMP WITH TIME ZONE) AND job_duedate_ <= timestamp_";
    String completed = created.replace("job_state_ = 0", "job_state_ = 2");
    long due = count(created);
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (count(completed.replace("AND job_duedate_ <= timestamp_", "")) < due
        && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    List<Double> lags = new ArrayList<>();
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT EXTRACT(EPOCH FROM (MIN(d.timestamp_) - GREATEST(c.timestamp_,"
                    + " c.job_duedate_))) * 1000 FROM act_hi_job_log c JOIN act_hi_job_log d ON"
                    + " d.job_id_ = c.job_id_ AND d.job_state_ = 2 WHERE c.job_state_ = 0 AND"
                    + " c.job_def_type_ LIKE 'timer%' AND c.timestamp_ >= CAST('"
                    + since
                    + "' AS TIMESTAMP WITH TIME ZONE) AND c.job_duedate_ <= c.timestamp_"
                    + " GROUP BY c.job_id_, c.timestamp_, c.job_duedate_")) {
      while (rs.next()) {
        lags.add(Math.max(0, rs.getDouble(1)));
      }
    }
    if (lags.isEmpty()) {
      System.out.println("P4  deadline-timer lag: no timer came due (check the late intakes)");
      return;
    }
    Result r = new Result(lags, 1);
    System.out.printf(
        Locale.ROOT,
        "P4  deadline-timer lag under load (%d clients, %.1f late intakes/s): %d timers due at"
            + " once, %d completed; lag p50 %.0f ms  p99 %.0f ms  max %.0f ms (target p99 <= 5 s)%n",
        clients,
        load.perSecond(),
        due,
        lags.size(),
        r.percentile(0.50),
        r.percentile(0.99),
        r.percentile(1.0));
  }

  /** P5: the audit chain verified through the API, best of three. */
  private static void verification() throws Exception {
    double best = 0;
    long entries = 0;
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r =
          HTTP.send(
              request("api/audit/verification", "inspectie1").GET().build(),
              HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - t) / 1e9;
      Matcher m = Pattern.compile("\"entries\"\\s*:\\s*(\\d+)").matcher(r.body());
      if (r.statusCode() != 200 || !m.find() || !r.body().contains("\"intact\":true")) {
        throw new IllegalStateException("verification answered " + r.statusCode() + ": " + r.body());
      }
      entries = Long.parseLong(m.group(1));
      best = Math.max(best, entries / seconds);
    }
    System.out.printf(
        Locale.ROOT,
        "P5  audit verification through the API: %d entries, %.0f entries/s (target >= 50,000)%n",
        entries,
        best);
  }

  /** The columns of the task list's read model, as the application writes them. */
  private static final String OPEN_TASK_COLUMNS =
      "id, name, stage, process_key, workflow, case_id, case_number, case_number_key, case_label,"
          + " citizen, citizen_bsn_hash, benefit_type, deadline, created_at, assignee,"
          + " candidate_groups, excluded_users";

  /** The team page P3 asks for: 50 rows by legal deadline, filtered by benefit type. */
  private static final String TEAM_PAGE = "api/tasks?scope=team&benefitType=HUURTOESLAG&size=50";

  /**
   * P3: the team task-list page at {@code tasks} open tasks and {@code historyRows} engine history
   * rows, next to a hand-written indexed SQL query for the same rows, with both query plans.
   */
  private static void teamPage(int tasks, long historyRows, int requests) throws Exception {
    long t0 = System.nanoTime();
    long open = generateOpenTasks(tasks);
    long history = generateHistory(historyRows);
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    }
    System.out.printf(
        Locale.ROOT,
        "P3  team task-list page (%s), %d open tasks, %d engine history rows (generated in %.0f s)%n",
        TEAM_PAGE,
        open,
        history,
        (System.nanoTime() - t0) / 1e9);

    HttpClient session = loggedIn("behandelaar1");
    List<String> apiIds = null;
    for (int i = 0; i < 20; i++) {
      apiIds = teamPageIds(session);
    }
    List<Double> api = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      long t = System.nanoTime();
      apiIds = teamPageIds(session);
      api.add((System.nanoTime() - t) / 1e6);
    }

    List<Double> sql = new ArrayList<>();
    List<String> sqlIds = new ArrayList<>();
    try (Connection c = connection();
        PreparedStatement q = c.prepareStatement(HAND_WRITTEN_TEAM_PAGE)) {
      bindTeamPage(q);
      for (int i = 0; i < 20 + requests; i++) {
        long t = System.nanoTime();
        sqlIds.clear();
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            sqlIds.add(rs.getString(1));
          }
        }
        if (i >= 20) {
          sql.add((System.nanoTime() - t) / 1e6);
        }
      }
    }
    if (!sqlIds.equals(apiIds)) {
      throw new IllegalStateException(
          "the API's team page and the hand-written query differ:\n" + apiIds + "\n" + sqlIds);
    }
    Result apiResult = new Result(api, 1);
    Result sqlResult = new Result(sql, 1);
    System.out.printf(
        Locale.ROOT,
        "    REST API (session, page of %d rows with total and counts): p50 %6.1f ms  p95 %6.1f ms"
            + " (target <= 100 ms) | hand-written SQL: p50 %5.2f ms  p95 %5.2f ms | ratio %.1f"
            + " (target <= 5)%n",
        apiIds.size(),
        apiResult.percentile(0.50),
        apiResult.percentile(0.95),
        sqlResult.percentile(0.50),
        sqlResult.percentile(0.95),
        apiResult.percentile(0.95) / sqlResult.percentile(0.95));
    explain("the hand-written query", HAND_WRITTEN_TEAM_PAGE);
    explain("the application's page query", APPLICATION_TEAM_PAGE);
    explain("the application's counts", APPLICATION_TEAM_COUNTS);
  }

  /**
   * The rows of the team page by hand: unassigned, offered to the user's role, not refused to the
   * user, of the benefit type, by legal deadline (ties by creation, then id).
   */
  private static final String HAND_WRITTEN_TEAM_PAGE =
      "SELECT id FROM web_open_task WHERE benefit_type = ? AND assignee IS NULL"
          + " AND candidate_groups LIKE ? AND excluded_users NOT LIKE ?"
          + " ORDER BY deadline, created_at, id LIMIT 50";

  /**
   * What OpenTasks.page sends for this page (web module), repeated here for its plan: a change
   * there should be repeated here.
   */
  private static final String APPLICATION_TEAM_PAGE =
      "SELECT "
          + OPEN_TASK_COLUMNS
          + " FROM web_open_task WHERE assignee IS NULL AND (candidate_groups LIKE ?)"
          + " AND excluded_users NOT LIKE ? ESCAPE '\\' AND benefit_type = ?"
          + " ORDER BY deadline ASC NULLS LAST, deadline ASC NULLS LAST,"
          + " created_at ASC NULLS LAST, id ASC LIMIT 50 OFFSET 0";

  /** Its counts: one scan of the scope, grouped; the page's total is the benefit type's groups. */
  private static final String APPLICATION_TEAM_COUNTS =
      "SELECT benefit_type, stage, COUNT(*), SUM(CASE WHEN deadline < CURRENT_DATE THEN 1 ELSE 0"
          + " END) FROM web_open_task WHERE assignee IS NULL AND (candidate_groups LIKE ?)"
          + " AND excluded_users NOT LIKE ? ESCAPE '\\' GROUP BY benefit_type, stage";

  private static void bindTeamPage(PreparedStatement q) throws Exception {
    q.setString(1, "HUURTOESLAG");
    q.setString(2, "%,BEHANDELAAR,%");
    q.setString(3, "%,behandelaar1,%");
  }

  private static void explain(String what, String query) throws Exception {
    System.out.println("    plan of " + what + ":");
    try (Connection c = connection();
        PreparedStatement q = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
      if (query.equals(HAND_WRITTEN_TEAM_PAGE)) {
        bindTeamPage(q);
      } else {
        q.setString(1, "%,BEHANDELAAR,%");
        q.setString(2, "%,behandelaar1,%");
        if (query.equals(APPLICATION_TEAM_PAGE)) {
          q.setString(3, "HUURTOESLAG");
        }
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          System.out.println("      " + rs.getString(1));
        }
      }
    }
  }

  private static List<String> teamPageIds(HttpClient session) throws Exception {
    HttpResponse<String> r =
        session.send(
            HttpRequest.newBuilder(URI.create(base + TEAM_PAGE))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("team page answered " + r.statusCode() + ": " + r.body());
    }
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(r.body());
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** A client with a session, as the browser has after the login form: no password per request. */
  private static HttpClient loggedIn(String user) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new java.net.CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + user))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 400) {
      throw new IllegalStateException("login answered " + r.statusCode());
    }
    return client;
  }

  /**
   * Fills the read model up to {@code target} open tasks by copying the real rows the intakes left
   * (their cases exist, so the page's eligibility check loads real cases), with other ids, deadlines
   * spread over five months, the four benefit types and one in five assigned.
   */
  private static long generateOpenTasks(int target) throws Exception {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      long real = count("SELECT COUNT(*) FROM web_open_task");
      if (real == 0) {
        throw new IllegalStateException("no open tasks to copy: P1 made none");
      }
      s.execute(
          "INSERT INTO web_open_task ("
              + OPEN_TASK_COLUMNS
              + ") SELECT 'bench-' || g, t.name, t.stage, t.process_key, t.workflow, t.case_id,"
              + " t.case_number, t.case_number_key, t.case_label, t.citizen, t.citizen_bsn_hash,"
              + " (ARRAY['HUURTOESLAG','ZORGTOESLAG','KINDEROPVANGTOESLAG',"
              + "'KINDGEBONDEN_BUDGET'])[1 + g % 4], CURRENT_DATE + (g % 150) - 30,"
              + " t.created_at - g * INTERVAL '1 second',"
              + " CASE WHEN g % 5 = 0 THEN 'behandelaar' || (1 + g % 2) END,"
              + " t.candidate_groups, t.excluded_users"
              + " FROM generate_series(1, "
              + Math.max(0, target - real)
              + ") g JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS k, w.* FROM web_open_task"
              + " w) t ON t.k = g % "
              + real);
    }
    return count("SELECT COUNT(*) FROM web_open_task");
  }

  /** The instance-identifying columns of the engine's history tables, given new values. */
  private static final List<String> HISTORY_IDS =
      List.of(
          "id_",
          "proc_inst_id_",
          "root_proc_inst_id_",
          "execution_id_",
          "task_id_",
          "act_inst_id_",
          "parent_act_inst_id_",
          "var_inst_id_");

  /**
   * Grows the engine's history tables ({@code act_hi_*}) to about {@code target} rows by copying the
   * history the intakes left, with new instance ids.
   */
  private static long generateHistory(long target) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    + " current_schema() AND table_name LIKE 'act\\_hi\\_%' ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    long now = historyRows(tables);
    long copies = now == 0 ? 0 : Math.max(0, (target - now) / now);
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      for (String table : tables) {
        if (count("SELECT COUNT(*) FROM " + table) == 0) {
          continue;
        }
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (ResultSet rs =
            c.getMetaData().getColumns(null, c.getSchema(), table, null)) {
          while (rs.next()) {
            String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
            columns.add(column);
            values.add(
                HISTORY_IDS.contains(column)
                    // the same new id for the same instance in every table, and short enough
                    ? "CASE WHEN " + column + " IS NULL THEN NULL ELSE MD5(" + column + " || '-' || g) END"
                    : column);
          }
        }
        s.execute(
            "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") SELECT "
                + String.join(", ", values)
                + " FROM "
                + table
                + " CROSS JOIN generate_series(1, "
                + copies
                + ") g");
      }
    }
    return historyRows(tables);
  }

  private static long historyRows(List<String> tables) throws Exception {
    long n = 0;
    for (String table : tables) {
      n += count("SELECT COUNT(*) FROM " + table);
    }
    return n;
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

  private static Connection connection() throws Exception {
    return DriverManager.getConnection(jdbc, dbUser, dbPassword);
  }

  private static long databaseBytes() throws Exception {
    return count("SELECT pg_database_size(current_database())");
  }

  private static long count(String sql) throws Exception {
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A random number that passes the eleven test (elfproef), as a real BSN does. */
  private static String validBsn() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
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
