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

    long dbBefore = databaseBytes();
    long objectionsBefore = count("SELECT COUNT(*) FROM obj_objection");
    long documentBytesBefore = count("SELECT COALESCE(SUM(size_bytes), 0) FROM doc_document");

    System.out.println("P1  intake until the first task (REST API, history full, audit on)");
    for (int clients : new int[] {1, 4}) {
      Result app = intakes(clients, intakes);
      Result raw = rawInserts(clients, rawRows);
      System.out.printf(
          Locale.ROOT,
          "    %d client(s): %7.1f intakes/s  p50 %6.1f ms  p99 %6.1f ms | raw single-row JDBC"
              + " inserts %8.1f/s | ratio %.4f (1/%.1f; stretch target >= 1/15)%n",
          clients,
          app.perSecond(),
          app.p50(),
          app.p99(),
          raw.perSecond(),
          app.perSecond() / raw.perSecond(),
          raw.perSecond() / app.perSecond());
    }
    System.out.println(
        "    bare engine reference (one-user-task process, history full): not measured yet");
    System.out.println("P2  history none, audit off: not measured yet");
    System.out.println("P3  team task-list page at 100,000 open tasks: not measured yet");
    System.out.println("P4  deadline-timer lag under load: not measured yet");

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

    private double percentile(double p) {
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      int index = (int) Math.ceil(p * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
  }

  /** {@code total} intakes through POST /api/objections from {@code clients} threads. */
  private static Result intakes(int clients, int total) throws Exception {
    // one warm-up intake, not counted
    intake();
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
                  intake();
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

  private static void intake() throws Exception {
    LocalDate decided = LocalDate.now().minusDays(20);
    String body =
        "{\"bsn\":\""
            + validBsn()
            + "\",\"benefitType\":\"HUURTOESLAG\",\"contestedDecision\":{\"reference\":\"BENCH-"
            + ThreadLocalRandom.current().nextInt(1_000_000)
            + "\",\"type\":\"TERUGVORDERING\",\"date\":\""
            + decided
            + "\"},\"receivedDate\":\""
            + decided.plusDays(7)
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
