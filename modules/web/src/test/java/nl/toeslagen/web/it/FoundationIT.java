package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import nl.toeslagen.kernel.PolicyEntry;
import nl.toeslagen.kernel.PolicySet;
import nl.toeslagen.web.architecture.PolicySets;
import nl.toeslagen.web.it.ApiClient.Reply;
import nl.toeslagen.web.it.probe.ProbeResource;
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
 * The foundation on the assembled WAR in Payara Micro: security per role, problem+json errors,
 * health, the audit chain and its tamper detection, and one transaction for domain and engine
 * changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar()
        .addClass(ProbeResource.class)
        .addAsWebInfResource(
            FoundationIT.class.getResource("/probe/transaction-probe.bpmn"),
            "classes/bpmn/probe/transaction-probe.bpmn");
  }

  @ArquillianResource URL base;

  @Test
  @Order(1)
  void healthIsReachableWithoutLoginAndReadyWithDatabaseAndEngine() {
    // ready once the task list's read model has been checked against the engine, just after start
    Reply ready =
        ApiClient.await(
            () -> ApiClient.anonymous(base).get("health/ready"),
            r -> r.status() == 200,
            java.time.Duration.ofSeconds(30));
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    // anonymous callers learn only UP or DOWN; administrators see the checks
    assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
    Reply checks = ApiClient.as(base, "beheer1").get("health/ready");
    assertThat(checks.body())
        .contains("\"database\"")
        .contains("\"workflow-engine\"")
        .contains("\"task-list\"");
    Reply live = ApiClient.anonymous(base).get("health/live");
    assertThat(live.status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void everyOtherPathNeedsALogin() {
    Reply api = ApiClient.anonymous(base).get("api/me");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.isProblem()).isTrue();
    assertThat(api.json().getString("detailNl")).contains("niet ingelogd");
    assertThat(ApiClient.anonymous(base).get("login.html").status()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void wrongPasswordIsRefusedAndAudited() {
    Reply wrong = ApiClient.as(base, "behandelaar1", "geheim").get("api/me");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().getString("detailEn")).contains("incorrect");
    Reply entries =
        ApiClient.as(base, "inspectie1")
            .get("api/audit/entries?action=LOGIN_FAILED&actor=behandelaar1");
    assertThat(entries.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
  }

  @Test
  @Order(4)
  void eachDemoUserSeesTheNavigationOfTheirRole() {
    assertThat(navigation("behandelaar1"))
        .contains("Takenlijst", "Nieuw bezwaar", "Hardheidsverzoeken")
        .doesNotContain("Audittrail");
    assertThat(navigation("vaktechniek2"))
        .contains("Takenlijst", "Intensief toezicht", "Hardheidsverzoeken");
    assertThat(navigation("toezicht1"))
        .contains("Intensief toezicht")
        .doesNotContain("Nieuw bezwaar");
    assertThat(navigation("privacy1"))
        .contains("Regelcatalogus", "Selectieregels", "Kenmerkencatalogus")
        .doesNotContain("Nieuw bezwaar", "Gebruikers", "Hardheidsverzoeken");
    assertThat(navigation("teamleider1"))
        .contains("Termijnen bewaken", "Audittrail", "Hardheidsverzoeken");
    assertThat(navigation("inspectie2")).contains("Audittrail").doesNotContain("Takenlijst");
    assertThat(navigation("beheer1")).contains("Gebruikers", "Audittrail");
  }

  private String navigation(String user) {
    Reply me = ApiClient.as(base, user).get("api/me");
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().getString("userName")).isEqualTo(user);
    return me.json().getJsonArray("navigation").toString();
  }

  @Test
  @Order(5)
  void aRoleWithoutPermissionGetsA403ProblemAndTheAttemptIsAudited() {
    Reply refused = ApiClient.as(base, "behandelaar2").get("api/audit/verification");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().getString("detailNl")).isNotBlank();
    Reply entries =
        ApiClient.as(base, "inspectie1")
            .get("api/audit/entries?actor=behandelaar2&action=REFUSED%20GET");
    assertThat(entries.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
  }

  @Test
  @Order(5)
  void aCaseWorkerSeesTheAuditTimelineOfOneCaseButNotTheWholeTrail() {
    Reply whole = ApiClient.as(base, "behandelaar1").get("api/audit/entries");
    assertThat(whole.status()).isEqualTo(403);
    assertThat(whole.json().getString("policy")).isEqualTo("AuditTrailScopePolicy");
    Reply oneCase =
        ApiClient.as(base, "behandelaar1")
            .get("api/audit/entries?objectType=OBJECTION&objectId=BZ-0");
    assertThat(oneCase.status()).isEqualTo(200);
    assertThat(ApiClient.as(base, "teamleider1").get("api/audit/entries").status()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void thePolicyCatalogueListsThePoliciesOfEveryPolicySetForTheInspectorateLegalAndPrivacy() {
    List<PolicySet> sets = PolicySets.inProduction();
    assertThat(sets).extracting(PolicySet::context).contains("web", "workflow");
    for (String user : List.of("inspectie1", "vaktechniek1", "privacy1")) {
      Reply reply = ApiClient.as(base, user).get("api/policies");
      assertThat(reply.status()).as(user + ": " + reply.body()).isEqualTo(200);
      List<JsonObject> listed = reply.json().getJsonArray("policies").getValuesAs(JsonObject.class);
      List<String> keys =
          listed.stream().map(p -> p.getString("context") + "/" + p.getString("name")).toList();
      for (PolicySet set : sets) {
        for (PolicyEntry entry : set.entries()) {
          assertThat(keys).as(user).contains(entry.context() + "/" + entry.name());
        }
      }
      assertThat(keys).as("sorted by context, then name").isSorted();
      JsonObject first = listed.get(0);
      assertThat(first.keySet())
          .contains(
              "name",
              "context",
              "guardsNl",
              "guardsEn",
              "legalBasis",
              "appliesTo",
              "implementation");
    }
    JsonObject ownership =
        ApiClient.as(base, "inspectie1")
            .get("api/policies")
            .json()
            .getJsonArray("policies")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("name").equals("TaskOwnershipPolicy"))
            .findFirst()
            .orElseThrow();
    assertThat(ownership.getString("context")).isEqualTo("workflow");
    assertThat(ownership.getString("implementation"))
        .isEqualTo("nl.toeslagen.workflow.policy.TaskOwnershipPolicy");
    assertThat(ownership.getJsonArray("appliesTo")).isNotEmpty();
    for (String user : List.of("behandelaar1", "toezicht1", "teamleider1", "beheer1")) {
      Reply refused = ApiClient.as(base, user).get("api/policies");
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.isProblem()).isTrue();
      assertThat(refused.json().getString("policy")).isEqualTo("RoleAuthorisationPolicy");
    }
    assertThat(ApiClient.anonymous(base).get("api/policies").status()).isEqualTo(401);
  }

  @Test
  @Order(6)
  void theInspectorateCannotChangeAnything() {
    Reply post =
        ApiClient.as(base, "inspectie1")
            .post("api/tasks/assignments", Json.createObjectBuilder().add("assignee", "x").build());
    assertThat(post.status()).isEqualTo(403);
    assertThat(post.json().getString("detailNl")).contains("alleen leesrechten");
  }

  @Test
  @Order(7)
  void malformedJsonAndUnknownPathsGetProblems() {
    Reply malformed =
        ApiClient.as(base, "teamleider1")
            .postRaw("api/tasks/assignments", "application/json", "{nope");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.isProblem()).isTrue();
    Reply unknown = ApiClient.as(base, "teamleider1").get("api/does-not-exist");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.isProblem()).isTrue();
    Reply badDate = ApiClient.as(base, "inspectie1").get("api/audit/entries?from=gisteren");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().getString("field")).isEqualTo("from");
  }

  @Test
  @Order(7)
  void anAdministratorAddsAUserAndAnUnknownRoleIsRefused() {
    ApiClient admin = ApiClient.as(base, "beheer1");
    Reply unknown =
        admin.post(
            "api/users",
            Json.createObjectBuilder()
                .add("userName", "nieuw.iemand")
                .add("displayName", "Nieuw Iemand")
                .add("password", "lang-genoeg-wachtwoord")
                .add("roles", Json.createArrayBuilder().add("FRAUDEJAGER"))
                .build());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getString("field")).isEqualTo("roles");
    assertThat(unknown.json().getString("detailNl")).contains("Onbekende rol");
    assertThat(ApiClient.as(base, "nieuw.iemand", "lang-genoeg-wachtwoord").get("api/me").status())
        .isEqualTo(401);

    Reply created =
        admin.post(
            "api/users",
            Json.createObjectBuilder()
                .add("userName", "nieuw.iemand")
                .add("displayName", "Nieuw Iemand")
                .add("password", "lang-genoeg-wachtwoord")
                .add("roles", Json.createArrayBuilder().add("BEHANDELAAR"))
                .build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Reply me = ApiClient.as(base, "nieuw.iemand", "lang-genoeg-wachtwoord").get("api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getJsonArray("roles").toString()).contains("BEHANDELAAR");
    Reply twice =
        admin.post(
            "api/users",
            Json.createObjectBuilder()
                .add("userName", "nieuw.iemand")
                .add("displayName", "X")
                .add("password", "lang-genoeg-wachtwoord")
                .add("roles", Json.createArrayBuilder().add("BEHANDELAAR"))
                .build());
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  @Order(8)
  void openApiDocumentIsServedToLoggedInUsers() {
    Reply doc = ApiClient.as(base, "beheer1").get("openapi");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body()).contains("/api/audit/verification");
  }

  @Test
  @Order(10)
  void domainAndEngineChangesCommitTogether() {
    String key = "commit-" + UUID.randomUUID();
    Reply done = ApiClient.as(base, "beheer1").post("api/test-probe/transaction/" + key);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    JsonObject state =
        ApiClient.as(base, "beheer1").get("api/test-probe/transaction/" + key).json();
    assertThat(state.getBoolean("processRunning")).isTrue();
    assertThat(state.getInt("auditEntries")).isEqualTo(1);
    // the engine's task creation is audited in the same transaction, by the listener on every user
    // task
    Reply tasks =
        ApiClient.as(base, "inspectie1").get("api/audit/entries?action=TASK_CREATED&size=1000");
    assertThat(tasks.body()).contains("ProbeTask").contains(key);
  }

  @Test
  @Order(11)
  void domainAndEngineChangesRollBackTogether() {
    String key = "rollback-" + UUID.randomUUID();
    Reply failed =
        ApiClient.as(base, "beheer1").post("api/test-probe/transaction/" + key + "?fail=true");
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.isProblem()).isTrue();
    JsonObject state =
        ApiClient.as(base, "beheer1").get("api/test-probe/transaction/" + key).json();
    assertThat(state.getBoolean("processRunning")).isFalse();
    assertThat(state.getInt("auditEntries")).isZero();
    Reply tasks =
        ApiClient.as(base, "inspectie1").get("api/audit/entries?action=TASK_CREATED&size=1000");
    assertThat(tasks.body()).doesNotContain(key);
  }

  @Test
  @Order(20)
  void theAuditChainIsIntact() {
    for (int i = 0; i < 4; i++) {
      // refused logins are audited too: they make sure the chain is long enough for the tampering
      // below
      ApiClient.as(base, "toezicht" + i, "wrong").get("api/me");
    }
    JsonObject verification = verify();
    assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
    assertThat(verification.getJsonNumber("entries").longValue()).isGreaterThanOrEqualTo(8);
  }

  @Test
  @Order(21)
  void verificationNamesAnEntryWhoseContentWasChanged() {
    long seq = 3;
    String original = reasonsOf(seq);
    tamper(true, "UPDATE audit_entry SET reasons = 'nothing happened' WHERE sequence_no = " + seq);
    JsonObject verification = verify();
    assertThat(verification.getBoolean("intact")).isFalse();
    assertThat(verification.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(seq);
    assertThat(verification.getString("reason")).contains("changed");
    tamper(
        true,
        "UPDATE audit_entry SET reasons = '"
            + original.replace("'", "''")
            + "' WHERE sequence_no = "
            + seq);
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  @Test
  @Order(22)
  void verificationNamesADeletedEntry() {
    long seq = 4;
    tamper(
        true,
        "CREATE TABLE audit_entry_saved AS SELECT * FROM audit_entry WHERE sequence_no = " + seq,
        "DELETE FROM audit_entry WHERE sequence_no = " + seq);
    JsonObject verification = verify();
    assertThat(verification.getBoolean("intact")).isFalse();
    assertThat(verification.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(seq);
    assertThat(verification.getString("reason")).contains("missing");
    tamper(
        true,
        "INSERT INTO audit_entry SELECT * FROM audit_entry_saved",
        "DROP TABLE audit_entry_saved");
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  @Test
  @Order(23)
  void verificationNamesTwoSwappedEntries() {
    tamper(
        true,
        "UPDATE audit_entry SET sequence_no = 999999999 WHERE sequence_no = 5",
        "UPDATE audit_entry SET sequence_no = 5 WHERE sequence_no = 6",
        "UPDATE audit_entry SET sequence_no = 6 WHERE sequence_no = 999999999");
    JsonObject verification = verify();
    assertThat(verification.getBoolean("intact")).isFalse();
    assertThat(verification.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(5);
    assertThat(verification.getString("reason")).containsAnyOf("swapped", "link");
    tamper(
        true,
        "UPDATE audit_entry SET sequence_no = 999999999 WHERE sequence_no = 5",
        "UPDATE audit_entry SET sequence_no = 5 WHERE sequence_no = 6",
        "UPDATE audit_entry SET sequence_no = 6 WHERE sequence_no = 999999999");
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  @Test
  @Order(24)
  void onPostgresqlTheDatabaseItselfRefusesToChangeOrDeleteEntries() {
    if (!"postgresql".equals(Deployments.vendor())) {
      // H2 has no PL/pgSQL trigger; there the hash chain alone detects tampering (tests above).
      assertThat(Deployments.vendor()).isEqualTo("h2");
      return;
    }
    JsonObject update = tamper(false, "UPDATE audit_entry SET reasons = 'x' WHERE sequence_no = 1");
    assertThat(update.getBoolean("ok")).isFalse();
    assertThat(update.getString("error")).contains("append-only");
    JsonObject delete = tamper(false, "DELETE FROM audit_entry WHERE sequence_no = 1");
    assertThat(delete.getBoolean("ok")).isFalse();
    assertThat(delete.getString("error")).contains("append-only");
    assertThat(verify().getBoolean("intact")).isTrue();
  }

  private JsonObject verify() {
    Reply reply = ApiClient.as(base, "inspectie1").get("api/audit/verification");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private String reasonsOf(long seq) {
    Reply entries = ApiClient.as(base, "beheer1").get("api/audit/entries?size=1000");
    return entries.json().getJsonArray("entries").stream()
        .map(v -> v.asJsonObject())
        .filter(e -> e.getJsonNumber("sequence").longValue() == seq)
        .findFirst()
        .map(e -> e.isNull("reasons") ? "" : e.getString("reasons"))
        .orElseThrow();
  }

  private JsonObject tamper(boolean bypassTriggers, String... statements) {
    var array = Json.createArrayBuilder();
    for (String s : statements) {
      array.add(s);
    }
    Reply reply =
        ApiClient.as(base, "beheer1")
            .post("api/test-probe/sql?bypassTriggers=" + bypassTriggers, array.build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject result = reply.json();
    if (bypassTriggers) {
      assertThat(result.getBoolean("ok")).as(result.toString()).isTrue();
    }
    return result;
  }
}
