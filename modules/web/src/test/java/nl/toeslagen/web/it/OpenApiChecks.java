package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.toeslagen.web.it.ApiClient.Reply;

/**
 * Checks of the OpenAPI document the running application serves at /openapi (run by {@link
 * HostileInputIT} on its deployment): every operation with a unique id, its roles, the security
 * schemes, a success response and problem+json errors; and the pinned Redocly linter
 * (tools/openapi-lint) finds no error in it.
 */
final class OpenApiChecks {

  private OpenApiChecks() {}

  static void everyOperationOfEveryModuleIsDocumentedWithRolesSecurityAndProblemResponses(
      URL base) {
    JsonObject doc = OpenApiDocument.fetch(base);
    JsonObject paths = doc.getJsonObject("paths");
    assertThat(paths.keySet())
        .contains(
            "/api/objections",
            "/api/objections/{id}/hearing",
            "/api/terms/objection",
            "/api/signals",
            "/api/signals/{id}/determinations/{determinationId}/approval",
            "/api/audit/entries",
            "/api/policies",
            "/api/users");
    List<OpenApiDocument.Operation> operations = OpenApiDocument.operations(doc);
    assertThat(operations).hasSizeGreaterThanOrEqualTo(42);
    Set<String> ids = new HashSet<>();
    for (OpenApiDocument.Operation op : operations) {
      JsonObject o = op.json();
      String where = op.method() + " " + op.path();
      assertThat(ids.add(o.getString("operationId"))).as("unique operationId " + where).isTrue();
      assertThat(o.getJsonArray("x-roles")).as("roles of " + where).isNotNull();
      assertThat(o.getString("description")).as(where).contains("Roles:");
      assertThat(o.getJsonArray("security").toString())
          .as(where)
          .contains("basicAuth", "sessionCookie");
      JsonObject responses = o.getJsonObject("responses");
      assertThat(responses.keySet()).as(where).doesNotContain("default").contains("401", "403");
      assertThat(responses.keySet().stream().filter(s -> s.startsWith("2")).count())
          .as("one success response of " + where)
          .isEqualTo(1);
      assertThat(responses.getJsonObject("403").getString("$ref"))
          .isEqualTo("#/components/responses/Forbidden");
      if (o.containsKey("requestBody")) {
        assertThat(responses.keySet()).as(where).contains("400", "413", "415");
        assertThat(o.getJsonObject("requestBody").getBoolean("required")).isTrue();
      }
      if (op.path().contains("{")) {
        assertThat(responses.keySet()).as(where).contains("404");
      }
    }
    JsonObject components = doc.getJsonObject("components");
    assertThat(components.getJsonObject("securitySchemes").keySet())
        .contains("basicAuth", "sessionCookie");
    assertThat(
            components
                .getJsonObject("schemas")
                .getJsonObject("Problem")
                .getJsonObject("properties")
                .keySet())
        .contains("type", "title", "status", "detail", "detailNl", "detailEn", "field", "policy");
    // request records in full: dates, booleans, nested records, limits on list items, required
    JsonObject schemas = components.getJsonObject("schemas");
    JsonObject intake = schemas.getJsonObject("Intake");
    JsonObject intakeProperties = intake.getJsonObject("properties");
    assertThat(intakeProperties.keySet())
        .containsExactly(
            "bsn",
            "benefitType",
            "contestedDecision",
            "receivedDate",
            "postmarkDate",
            "grounds",
            "channel",
            "advisoryCommittee",
            "amountAtStakeCents");
    assertThat(intakeProperties.getJsonObject("contestedDecision").getString("$ref"))
        .isEqualTo("#/components/schemas/ContestedDecisionInput");
    assertThat(intakeProperties.getJsonObject("receivedDate").getString("format"))
        .isEqualTo("date");
    assertThat(intakeProperties.getJsonObject("advisoryCommittee").getString("type"))
        .isEqualTo("boolean");
    assertThat(
            intakeProperties
                .getJsonObject("grounds")
                .getJsonObject("items")
                .getJsonNumber("maxLength")
                .intValue())
        .isEqualTo(4000);
    assertThat(intake.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactlyInAnyOrder(
            "bsn", "benefitType", "contestedDecision", "receivedDate", "channel");
    assertThat(
            schemas
                .getJsonObject("ContestedDecisionInput")
                .getJsonObject("properties")
                .getJsonObject("benefitYear")
                .getJsonNumber("minimum")
                .intValue())
        .isEqualTo(2006);
    assertThat(
            components
                .getJsonObject("responses")
                .getJsonObject("BadRequest")
                .getJsonObject("content")
                .keySet())
        .containsExactly("application/problem+json");
    assertThat(rolesOf(operations, "POST", "/api/objections")).containsExactly("BEHANDELAAR");
    assertThat(rolesOf(operations, "GET", "/api/audit/verification"))
        .containsExactlyInAnyOrder("INSPECTIE", "BEHEER");
    assertThat(successOf(operations, "POST", "/api/objections")).isEqualTo("201");
  }

  static void theDocumentPassesThePinnedRedoclyLintWithoutErrors(URL base) throws Exception {
    Reply yaml = ApiClient.as(base, "beheer1").get("openapi");
    assertThat(yaml.status()).isEqualTo(200);
    Path target = Paths.get("target", "openapi.json").toAbsolutePath();
    Files.createDirectories(target.getParent());
    Files.writeString(target, yaml.body(), StandardCharsets.UTF_8);

    Path tool = lintTool();
    List<String> command = new ArrayList<>();
    command.add(tool.resolve("node_modules/.bin/redocly").toString());
    command.add("lint");
    command.add("--format=stylish");
    command.add("--config=" + tool.resolve("redocly.yaml"));
    command.add(target.toString());
    Process lint =
        new ProcessBuilder(command).directory(tool.toFile()).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
    System.out.println("redocly lint " + target + ":\n" + output);
    assertThat(lint.exitValue()).as(output).isZero();
  }

  /**
   * The UI's API types are generated from the snapshot ui/openapi.json (ADR 0020): it must describe
   * the same paths, operations and schemas as the document the application serves, or the UI could
   * use a field the API lacks (or miss one it has) while its build passes. The live document is
   * written to target/openapi-live.json, from which {@code npm run openapi:refresh} refreshes it.
   */
  static void theUiSnapshotDescribesTheSamePathsOperationsAndSchemasAsTheServedDocument(URL base)
      throws IOException {
    JsonObject live = OpenApiDocument.fetch(base);
    Path liveFile = Paths.get("target", "openapi-live.json").toAbsolutePath();
    Files.createDirectories(liveFile.getParent());
    Files.writeString(liveFile, live.toString(), StandardCharsets.UTF_8);
    Path snapshotFile = uiDir().resolve("openapi.json");
    JsonObject snapshot;
    try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(snapshotFile))) {
      snapshot = reader.readObject();
    }
    List<String> differences = new ArrayList<>();
    differences.addAll(
        differingMembers("path", live.getJsonObject("paths"), snapshot.getJsonObject("paths")));
    differences.addAll(
        differingMembers(
            "schema",
            live.getJsonObject("components").getJsonObject("schemas"),
            snapshot.getJsonObject("components").getJsonObject("schemas")));
    assertThat(differences)
        .as(
            "ui/openapi.json differs from the document the application serves; refresh it with `cd"
                + " ui && npm run openapi:refresh -- "
                + liveFile
                + "` (or `npm run openapi:refresh` against bin/start), rebuild, fix what the UI's"
                + " type check then reports, and commit it")
        .isEmpty();
  }

  private static final String TEST_PROBE_PATHS = "/api/test-";

  private static List<String> differingMembers(String kind, JsonObject live, JsonObject snapshot) {
    Set<String> names = new java.util.TreeSet<>(live.keySet());
    names.addAll(snapshot.keySet());
    List<String> result = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith(TEST_PROBE_PATHS)) {
        continue; // the ITs' own probes (it/probe), deployed only into the test WAR
      }
      if (!live.containsKey(name)) {
        result.add(kind + " " + name + " is in ui/openapi.json only");
      } else if (!snapshot.containsKey(name)) {
        result.add(kind + " " + name + " is served but not in ui/openapi.json");
      } else if (!live.get(name).equals(snapshot.get(name))) {
        result.add(kind + " " + name + " differs");
      }
    }
    return result;
  }

  /** The ui/ folder (the React front end) above the working directory. */
  static Path uiDir() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("ui/package.json"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("ui/ above " + Paths.get("").toAbsolutePath()).isNotNull();
    return dir.resolve("ui");
  }

  private static List<String> rolesOf(
      List<OpenApiDocument.Operation> operations, String method, String path) {
    return operations.stream()
        .filter(o -> o.method().equals(method) && o.path().equals(path))
        .findFirst()
        .orElseThrow()
        .roles();
  }

  private static String successOf(
      List<OpenApiDocument.Operation> operations, String method, String path) {
    JsonObject responses =
        operations.stream()
            .filter(o -> o.method().equals(method) && o.path().equals(path))
            .findFirst()
            .orElseThrow()
            .json()
            .getJsonObject("responses");
    return responses.keySet().stream().filter(s -> s.startsWith("2")).findFirst().orElseThrow();
  }

  /**
   * tools/openapi-lint with the pinned @redocly/cli; installed from its package-lock.json with
   * {@code npm ci} when bin/test has not done so yet.
   */
  static Path lintTool() throws IOException, InterruptedException {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("tools/openapi-lint/package.json"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("tools/openapi-lint above " + Paths.get("").toAbsolutePath()).isNotNull();
    Path tool = dir.resolve("tools/openapi-lint");
    if (!Files.isExecutable(tool.resolve("node_modules/.bin/redocly"))) {
      Process install =
          new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
              .directory(tool.toFile())
              .inheritIO()
              .start();
      assertThat(install.waitFor(600, TimeUnit.SECONDS)).isTrue();
      assertThat(install.exitValue()).as("npm ci in " + tool).isZero();
    }
    return tool;
  }
}
