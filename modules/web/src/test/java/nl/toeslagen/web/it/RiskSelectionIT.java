package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toeslagen.riskselection.application.SyntheticHouseholds;
import nl.toeslagen.riskselection.application.SyntheticHouseholds.Household;
import nl.toeslagen.web.it.ApiClient.Reply;
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
 * Risk-selection safeguards (issue #12) through the API of the assembled WAR: the feature
 * catalogue, the register refusing prohibited features and unreachable thresholds, the approval
 * lifecycle by independent people, selection runs over synthetic households (explanations, the
 * control sample, the signals opened in the fraud review, idempotency per batch), and the bias
 * monitor flagging and suspending a rule set whose proxy follows nationality in the data while a
 * fair one runs on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RiskSelectionIT {

  private static final String LEGAL_BASIS = "BWBR0018472 art. 40";
  private static final int HOUSEHOLDS = 1500;
  private static final int SAMPLE = 500;

  /** Shared between the ordered tests: the fair and the biased rule set, and the fair run. */
  private static String fair;

  private static String biased;
  private static String fairRun;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  // ------------------------------------------------------------------ the catalogue

  @Test
  @Order(1)
  void theCatalogueProhibitsProtectedGroundsAndMarksProxies() {
    Reply reply = as("privacy1").get("api/selection-features");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, String> classes =
        reply.json().getJsonArray("features").stream()
            .map(JsonValue::asJsonObject)
            .collect(
                Collectors.toMap(f -> f.getString("code"), f -> f.getString("classification")));
    for (String prohibited :
        List.of("nationaliteit", "dubbele_nationaliteit", "geboorteland", "etniciteit")) {
      assertThat(classes).containsEntry(prohibited, "PROHIBITED");
    }
    for (String proxy : List.of("adres_buitenland_gehad", "taal", "postcode", "naam", "leeftijd")) {
      assertThat(classes).containsEntry(proxy, "PROXY_SUSPECT");
    }
    assertThat(classes)
        .containsEntry("inkomenswijziging_pct", "ALLOWED")
        .containsEntry("aantal_wijzigingen_jaar", "ALLOWED")
        .containsEntry("hoogte_voorschot", "ALLOWED");
    assertThat(reply.json().getBoolean("mayPropose")).isTrue();
    assertThat(as("behandelaar1").get("api/selection-features").status()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ the register refuses

  @Test
  @Order(2)
  void aRuleSetUsingAProhibitedFeatureIsRefusedNamingItAndNothingIsRegistered() {
    int before = ruleSets().size();
    Reply reply =
        as("toezicht1")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Nationaliteit",
                        60,
                        indicator("Dubbele nationaliteit", "dubbele_nationaliteit", "EQ", "ja", 60))
                    .build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(422);
    assertThat(reply.json().getString("policy")).isEqualTo("ProhibitedFeaturePolicy");
    assertThat(reply.json().getString("field")).isEqualTo("indicators[0].feature");
    assertThat(reply.json().getString("detailNl")).contains("dubbele_nationaliteit");
    assertThat(ruleSets()).hasSize(before);
    assertThat(refusals("actor=toezicht1"))
        .anyMatch(e -> e.getString("reasons").startsWith("ProhibitedFeaturePolicy:"));
  }

  @Test
  @Order(3)
  void aRuleSetWithoutPurposeOrBasisOrWithAnUnreachableThresholdIsRefused() {
    int before = ruleSets().size();
    JsonObject noPurpose =
        ruleSet(
                "Zonder doel",
                10,
                indicator("Veel wijzigingen", "aantal_wijzigingen_jaar", "GE", "6", 20))
            .add("purpose", " ")
            .build();
    assertProblem(as("toezicht1").post("api/selection-rules", noPurpose), 400, "purpose");

    JsonObject badBasis =
        ruleSet(
                "Slechte grondslag",
                10,
                indicator("Veel wijzigingen", "aantal_wijzigingen_jaar", "GE", "6", 20))
            .add("legalBasis", "de wet")
            .build();
    Reply wrongBasis = as("toezicht1").post("api/selection-rules", badBasis);
    assertProblem(wrongBasis, 400, "legalBasis");
    assertThat(wrongBasis.json().getString("policy")).isEqualTo("PurposeAndLegalBasisPolicy");
    // both refusals are audited, with the policy that refused
    assertThat(
            refusals("actor=toezicht1").stream()
                .filter(e -> e.getString("reasons").startsWith("PurposeAndLegalBasisPolicy:"))
                .count())
        .isEqualTo(2);

    Reply unreachable =
        as("toezicht1")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Onhaalbaar",
                        100,
                        indicator("Veel wijzigingen", "aantal_wijzigingen_jaar", "GE", "6", 20))
                    .build());
    assertProblem(unreachable, 422, "threshold");
    assertThat(unreachable.json().getString("policy")).isEqualTo("ReachableThresholdPolicy");

    Reply undeclared =
        as("toezicht1")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Niet opgegeven",
                        10,
                        indicator("Veel wijzigingen", "aantal_wijzigingen_jaar", "GE", "6", 20))
                    .add("features", Json.createArrayBuilder().add("hoogte_voorschot"))
                    .build());
    assertProblem(undeclared, 422, "features");
    assertThat(undeclared.json().getString("policy")).isEqualTo("DeclaredFeaturesPolicy");

    Reply unknown =
        as("toezicht1")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Onbekend",
                        10,
                        indicator("Fraudeblokkade", "fraude_blok", "EQ", "true", 20))
                    .build());
    assertProblem(unknown, 422, "features");

    Reply wrongType =
        as("toezicht1")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Verkeerd type",
                        10,
                        indicator("Veel wijzigingen", "aantal_wijzigingen_jaar", "GE", "veel", 20))
                    .build());
    assertProblem(wrongType, 400, "indicators[0].value");
    assertThat(ruleSets()).hasSize(before);
  }

  // ------------------------------------------------------------------ a fair rule set

  @Test
  @Order(4)
  void aFairRuleSetIsApprovedByThreeOtherPeopleAndOnlyThenRuns() {
    Reply registered =
        as("toezicht1")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Wijzigingen kinderopvang",
                        60,
                        indicator("Inkomensstijging", "inkomenswijziging_pct", "GT", "10", 40),
                        indicator("Meer wijzigingen", "aantal_wijzigingen_jaar", "GE", "2", 30),
                        indicator("Huishouden gewijzigd", "huishoudwijziging", "EQ", "true", 30))
                    .build());
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    fair = registered.json().getString("id");
    // a second rule set of the same name is refused: a change is a new version of the first
    Reply twice =
        as("toezicht2")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Wijzigingen kinderopvang",
                        10,
                        indicator("Meer wijzigingen", "aantal_wijzigingen_jaar", "GE", "2", 30))
                    .build());
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(twice.json().getString("detailNl")).contains("nieuwe versie");
    JsonObject draft = details(fair, "toezicht1");
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(strings(draft.getJsonArray("featuresUsed"), "code"))
        .containsExactly("inkomenswijziging_pct", "aantal_wijzigingen_jaar", "huishoudwijziging");
    assertThat(strings(draft.getJsonArray("actions"))).contains("SUBMIT");

    // the scoring is a DMN decision table: COLLECT with SUM, one input per feature
    Reply dmn = as("inspectie1").get("api/selection-rules/" + fair + "/dmn");
    assertThat(dmn.status()).isEqualTo(200);
    assertThat(dmn.body())
        .contains("hitPolicy=\"COLLECT\"", "aggregation=\"SUM\"", "inkomenswijziging_pct");

    // a draft does not run
    Reply early = as("toezicht1").post("api/selection-runs", run(fair, "B-FAIR-EARLY", 3, 10, 0.9));
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.json().getString("policy")).isEqualTo("OnlyActiveRuleSetsRunPolicy");

    assertThat(as("toezicht1").post("api/selection-rules/" + fair + "/submission").status())
        .isEqualTo(200);
    // the author's colleague in another role cannot take the privacy review
    assertThat(review(fair, "privacy-review", "vaktechniek1", true).status()).isEqualTo(403);
    assertThat(review(fair, "privacy-review", "privacy1", true).status()).isEqualTo(200);
    // the privacy reviewer cannot also record the impact assessment
    Reply same = impactAssessment(fair, "privacy1");
    assertThat(same.status()).as(same.body()).isEqualTo(403);
    assertThat(same.json().getString("policy")).isEqualTo("ApproverIndependencePolicy");
    assertThat(impactAssessment(fair, "privacy2").status()).isEqualTo(200);
    Reply active = review(fair, "professional-approval", "vaktechniek1", true);
    assertThat(active.status()).as(active.body()).isEqualTo(200);
    assertThat(active.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(strings(active.json().getJsonArray("approvals"), "actor"))
        .containsExactly("privacy1", "privacy2", "vaktechniek1");
    assertThat(actions(fair))
        .contains(
            "RULE_SET_REGISTERED",
            "RULE_SET_SUBMITTED",
            "RULE_SET_PRIVACY_APPROVED",
            "RULE_SET_IMPACT_ASSESSED",
            "RULE_SET_ACTIVATED",
            "TASK_COMPLETED");
  }

  @Test
  @Order(5)
  void aRunExplainsEverySelectionOpensSignalsAndDrawsTheControlSample() {
    Reply reply =
        as("toezicht1").post("api/selection-runs", run(fair, "B-FAIR-1", 11, HOUSEHOLDS, 0.9));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject runJson = reply.json();
    fairRun = runJson.getString("id");
    assertThat(runJson.getInt("cases")).isEqualTo(HOUSEHOLDS);
    assertThat(runJson.getInt("controlSample")).isEqualTo(SAMPLE);
    int selected = runJson.getInt("selected");
    assertThat(selected).isBetween(20, HOUSEHOLDS / 2);
    assertThat(runJson.getBoolean("flagged")).as(runJson.get("report").toString()).isFalse();

    List<JsonObject> reviewed =
        runJson.getJsonArray("reviewed").stream().map(JsonValue::asJsonObject).toList();
    assertThat(reviewed.stream().filter(c -> c.getBoolean("selected")).count()).isEqualTo(selected);
    assertThat(reviewed.stream().filter(c -> c.getBoolean("controlSample")).count())
        .isEqualTo(SAMPLE);
    for (JsonObject c : reviewed) {
      assertThat(c.getString("signalId")).isNotBlank();
      int points =
          c.getJsonArray("fired").stream().mapToInt(f -> f.asJsonObject().getInt("points")).sum();
      assertThat((long) points).isEqualTo(c.getJsonNumber("total").longValue());
      assertThat(c.getBoolean("selected")).isEqualTo(points >= 60);
      assertThat(c.getString("citizen")).startsWith("*****");
    }

    // a selected case is a signal with source SELECTIERUN and its explanation, for a person
    JsonObject chosen = reviewed.stream().filter(c -> c.getBoolean("selected")).findFirst().get();
    JsonObject signal = as("toezicht2").get("api/signals/" + chosen.getString("signalId")).json();
    assertThat(signal.getString("source")).isEqualTo("SELECTIERUN");
    assertThat(signal.getString("description"))
        .contains("Wijzigingen kinderopvang", "drempel 60", "medewerker");
    JsonObject why =
        as("toezicht2")
            .get("api/selection-runs/explanations/" + chosen.getString("signalId"))
            .json();
    assertThat(why.getString("runId")).isEqualTo(fairRun);
    JsonObject explanation = why.getJsonObject("explanation");
    assertThat(explanation.getInt("ruleSetVersion")).isEqualTo(1);
    assertThat(explanation.getInt("threshold")).isEqualTo(60);
    assertThat(explanation.getBoolean("selected")).isTrue();
    assertThat(explanation.getJsonArray("fired")).isNotEmpty();
    // a case drawn only in the control sample is reviewed the same way, as a sample
    JsonObject sampled =
        reviewed.stream()
            .filter(c -> c.getBoolean("controlSample") && !c.getBoolean("selected"))
            .findFirst()
            .get();
    assertThat(
            as("toezicht2")
                .get("api/signals/" + sampled.getString("signalId"))
                .json()
                .getString("source"))
        .isEqualTo("STEEKPROEF");

    // every selection and every sampled case is audited under the run
    List<String> runActions =
        entries("objectType=SELECTION_RUN&objectId=" + fairRun).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(runActions).contains("SELECTION_RUN_RECORDED", "BIAS_REPORT_RECORDED");
    assertThat(runActions.stream().filter("CASE_SELECTED"::equals).count()).isEqualTo(selected);

    // the report: per protected attribute the groups with rates, ratio and p-value
    JsonObject report = runJson.getJsonObject("report");
    assertThat(report.getString("method")).contains("Fisher");
    assertThat(strings(report.getJsonArray("attributes"), "attribute"))
        .contains("nationaliteit", "dubbele_nationaliteit", "geboorteland", "etniciteit");
    assertThat(details(fair, "privacy1").getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  @Order(6)
  void aRunIsRecordedOncePerBatch() {
    int runs = as("privacy1").get("api/selection-runs").structure().asJsonArray().size();
    Reply again =
        as("toezicht1").post("api/selection-runs", run(fair, "B-FAIR-1", 11, HOUSEHOLDS, 0.9));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().getString("id")).isEqualTo(fairRun);
    assertThat(as("privacy1").get("api/selection-runs").structure().asJsonArray()).hasSize(runs);
    assertThat(
            entries("objectType=SELECTION_RUN&objectId=" + fairRun).stream()
                .filter(e -> e.getString("action").equals("SELECTION_RUN_RECORDED"))
                .count())
        .isEqualTo(1);
  }

  @Test
  @Order(7)
  void aBatchWithAMissingOrMalformedAttributeIsRefusedWhole() {
    int runs = as("privacy1").get("api/selection-runs").structure().asJsonArray().size();
    List<Household> households =
        SyntheticHouseholds.generate(new SyntheticHouseholds.Settings(5, 21, 0.5));
    JsonArrayBuilder cases = Json.createArrayBuilder();
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      Map<String, String> features = new java.util.LinkedHashMap<>(h.features());
      if (i == 2) {
        features.remove("aantal_wijzigingen_jaar");
      }
      cases.add(household(h, features, h.monitoring()));
    }
    Reply missing = as("toezicht1").post("api/selection-runs", batch(fair, "B-BAD-1", 2, cases));
    assertProblem(missing, 400, "cases[2].features.aantal_wijzigingen_jaar");
    assertThat(missing.json().getString("policy")).isEqualTo("CompleteBatchPolicy");

    Household h = households.get(0);
    Map<String, String> malformed = new java.util.LinkedHashMap<>(h.features());
    malformed.put("inkomenswijziging_pct", "veel");
    Reply bad =
        as("toezicht1")
            .post(
                "api/selection-runs",
                batch(
                    fair,
                    "B-BAD-2",
                    1,
                    Json.createArrayBuilder().add(household(h, malformed, h.monitoring()))));
    assertProblem(bad, 400, "cases[0].features.inkomenswijziging_pct");

    Map<String, String> leaking = new java.util.LinkedHashMap<>(h.features());
    leaking.put("nationaliteit", "NL");
    assertProblem(
        as("toezicht1")
            .post(
                "api/selection-runs",
                batch(
                    fair,
                    "B-BAD-3",
                    1,
                    Json.createArrayBuilder().add(household(h, leaking, h.monitoring())))),
        400,
        "cases[0].features.nationaliteit");

    assertProblem(
        as("toezicht1").post("api/selection-runs", batch(fair, "B-BAD-4", 1, null)), 400, "cases");
    assertThat(as("privacy1").get("api/selection-runs").structure().asJsonArray()).hasSize(runs);
    assertThat(refusals("objectType=SELECTION_RULE_SET&objectId=" + fair))
        .anyMatch(e -> e.getString("reasons").startsWith("CompleteBatchPolicy:"));
  }

  @Test
  @Order(8)
  void aBatchRunsFromTheTextOfACsvFile() {
    List<Household> households =
        SyntheticHouseholds.generate(new SyntheticHouseholds.Settings(40, 31, 0.5));
    JsonObject request =
        Json.createObjectBuilder()
            .add("ruleSetId", fair)
            .add("batchId", "B-CSV-1")
            .add("controlSampleSize", 5)
            .add("csv", SyntheticHouseholds.toCsv(households))
            .build();
    Reply reply = as("toezicht1").post("api/selection-runs", request);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getInt("cases")).isEqualTo(40);
    assertThat(reply.json().getInt("controlSample")).isEqualTo(5);

    JsonObject broken =
        Json.createObjectBuilder()
            .add("ruleSetId", fair)
            .add("batchId", "B-CSV-2")
            .add("controlSampleSize", 5)
            .add("csv", "caseRef,bsn\nH-1,123456782\n")
            .build();
    assertProblem(as("toezicht1").post("api/selection-runs", broken), 400, "csv");
  }

  // ------------------------------------------------------------------ a biased rule set

  @Test
  @Order(9)
  void aProxyNeedsJustificationABiasTestAndPrivacyApprovalBeforeItRuns() {
    Reply registered =
        as("toezicht2")
            .post(
                "api/selection-rules",
                ruleSet(
                        "Taal en wijzigingen",
                        60,
                        indicator("Andere voorkeurstaal", "taal", "NE", "nl", 60),
                        indicator("Veel wijzigingen", "aantal_wijzigingen_jaar", "GE", "8", 20))
                    .add(
                        "proxyJustification",
                        "Contact in een andere taal ging vaker samen met onjuiste opgaven.")
                    .build());
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    biased = registered.json().getString("id");
    as("toezicht2").post("api/selection-rules/" + biased + "/submission");
    assertThat(review(biased, "privacy-review", "privacy1", true).status()).isEqualTo(200);
    assertThat(impactAssessment(biased, "privacy2").status()).isEqualTo(200);

    // without a passed bias test the professional line cannot activate it
    Reply untested = review(biased, "professional-approval", "vaktechniek2", true);
    assertThat(untested.status()).as(untested.body()).isEqualTo(409);
    assertThat(untested.json().getString("policy")).isEqualTo("ProxyFeatureSafeguardPolicy");
    assertThat(details(biased, "privacy1").getString("status")).isEqualTo("PROFESSIONAL_APPROVAL");

    // the bias test on synthetic data in which language does not follow nationality passes
    Reply tested =
        as("privacy2")
            .post(
                "api/selection-rules/" + biased + "/bias-test",
                Json.createObjectBuilder()
                    .add("households", HOUSEHOLDS)
                    .add("correlation", 0.0)
                    .add("seed", 5)
                    .add("controlSampleSize", SAMPLE)
                    .build());
    assertThat(tested.status()).as(tested.body()).isEqualTo(200);
    assertThat(tested.json().getJsonObject("biasTest").getBoolean("passed"))
        .as(tested.body())
        .isTrue();
    Reply active = review(biased, "professional-approval", "vaktechniek2", true);
    assertThat(active.status()).as(active.body()).isEqualTo(200);
    assertThat(active.json().getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  @Order(10)
  void aRuleSetWhoseProxyFollowsNationalityInTheDataIsFlaggedAndSuspended() {
    Reply reply =
        as("toezicht1").post("api/selection-runs", run(biased, "B-BIASED-1", 13, HOUSEHOLDS, 0.9));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject runJson = reply.json();
    assertThat(runJson.getBoolean("flagged")).isTrue();
    JsonObject report = runJson.getJsonObject("report");
    assertThat(report.getBoolean("flagged")).isTrue();
    List<JsonObject> flaggedGroups =
        report.getJsonArray("attributes").stream()
            .map(JsonValue::asJsonObject)
            .flatMap(a -> a.getJsonArray("groups").stream().map(JsonValue::asJsonObject))
            .filter(g -> g.getBoolean("flagged"))
            .toList();
    assertThat(flaggedGroups).isNotEmpty();
    for (JsonObject g : flaggedGroups) {
      assertThat(g.getJsonNumber("pValue").doubleValue()).isLessThan(0.05);
      if (!g.isNull("disparityRatio")) {
        double ratio = g.getJsonNumber("disparityRatio").doubleValue();
        assertThat(ratio < 0.8 || ratio > 1.25).as(g.toString()).isTrue();
      }
    }
    // the selections still went to people: nothing was decided by the rule set
    assertThat(runJson.getJsonArray("reviewed")).isNotEmpty();

    JsonObject suspended = details(biased, "privacy1");
    assertThat(suspended.getString("status")).isEqualTo("SUSPENDED");
    assertThat(suspended.getBoolean("suspendedByBias")).isTrue();
    assertThat(strings(suspended.getJsonArray("actions"))).contains("SUSPENSION_REVIEW");
    assertThat(actions(biased)).contains("RULE_SET_SUSPENDED_BY_MONITORING");
    // the privacy adviser has the suspension review in the task list
    JsonObject tasks = as("privacy1").get("api/tasks?scope=team&size=200").json();
    assertThat(tasks.getJsonArray("tasks").stream().map(JsonValue::asJsonObject))
        .anyMatch(
            t ->
                biased.equals(t.getString("caseId", null))
                    && "SuspensionReviewTask".equals(t.getString("stage", null)));

    // a suspended rule set does not run
    Reply next = as("toezicht1").post("api/selection-runs", run(biased, "B-BIASED-2", 17, 50, 0.9));
    assertThat(next.status()).isEqualTo(409);
    assertThat(next.json().getString("policy")).isEqualTo("OnlyActiveRuleSetsRunPolicy");

    // it cannot be reinstated as it is; it is retired
    Reply reinstate = review(biased, "suspension-review", "privacy1", true);
    assertThat(reinstate.status()).as(reinstate.body()).isEqualTo(409);
    assertThat(reinstate.json().getString("policy"))
        .isEqualTo("FlaggedRuleSetsStaySuspendedPolicy");
    Reply retired = review(biased, "suspension-review", "privacy1", false);
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().getString("status")).isEqualTo("RETIRED");

    // the fair rule set is unaffected
    assertThat(details(fair, "privacy1").getString("status")).isEqualTo("ACTIVE");
  }

  // ------------------------------------------------------------------ transparency

  @Test
  @Order(11)
  void theActiveRuleSetsArePublishedInTheAlgorithmRegisterFields() {
    JsonObject register = as("inspectie1").get("api/selection-rules/algorithm-register").json();
    List<JsonObject> algorithms =
        register.getJsonArray("algorithms").stream().map(JsonValue::asJsonObject).toList();
    assertThat(algorithms).anyMatch(a -> a.getString("id").equals(fair));
    assertThat(algorithms).noneMatch(a -> a.getString("id").equals(biased));
    JsonObject entry =
        algorithms.stream().filter(a -> a.getString("id").equals(fair)).findFirst().get();
    for (String field :
        List.of(
            "name",
            "shortDescription",
            "organisation",
            "status",
            "purposeAndImpact",
            "considerations",
            "humanIntervention",
            "riskManagement",
            "legalBasis",
            "impactAssessments")) {
      assertThat(entry.getString(field)).as(field).isNotBlank();
    }
    assertThat(entry.getJsonArray("dataUsed")).hasSize(3);
    Reply pdf = as("inspectie1").get("api/selection-rules/algorithm-register.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  // ------------------------------------------------------------------ classification changes

  @Test
  @Order(12)
  void aClassificationChangesOnlyWithASecondPrivacyAdviser() {
    Reply proposed =
        as("privacy1")
            .post(
                "api/selection-features/taal/classification-changes",
                Json.createObjectBuilder()
                    .add("classification", "PROHIBITED")
                    .add("justification", "De biasmonitor toonde dat taal nationaliteit volgt.")
                    .build());
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
    String change = proposed.json().getString("id");
    Reply own =
        as("privacy1")
            .post(
                "api/selection-features/classification-changes/" + change + "/decision",
                Json.createObjectBuilder().add("approved", true).add("reasons", "Eens").build());
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().getString("policy")).isEqualTo("ClassificationFourEyesPolicy");
    assertThat(classification("taal")).isEqualTo("PROXY_SUSPECT");
    Reply approved =
        as("privacy2")
            .post(
                "api/selection-features/classification-changes/" + change + "/decision",
                Json.createObjectBuilder()
                    .add("approved", true)
                    .add("reasons", "Eens, zie het biasrapport")
                    .build());
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(classification("taal")).isEqualTo("PROHIBITED");
    Reply refused =
        as("toezicht1")
            .post(
                "api/selection-rules",
                ruleSet("Taal", 10, indicator("Taal", "taal", "EQ", "tr", 10)).build());
    assertThat(refused.status()).isEqualTo(422);

    Reply protectedGround =
        as("privacy1")
            .post(
                "api/selection-features/nationaliteit/classification-changes",
                Json.createObjectBuilder()
                    .add("classification", "ALLOWED")
                    .add("justification", "Proberen")
                    .build());
    assertThat(protectedGround.status()).isEqualTo(400);
    assertThat(protectedGround.json().getString("policy"))
        .isEqualTo("ProtectedGroundsStayProhibitedPolicy");
  }

  // ------------------------------------------------------------------ helpers

  private ApiClient as(String user) {
    return ApiClient.as(base, user);
  }

  private List<JsonValue> ruleSets() {
    return as("inspectie1").get("api/selection-rules").structure().asJsonArray();
  }

  private JsonObject details(String id, String user) {
    Reply reply = as(user).get("api/selection-rules/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private String classification(String code) {
    return as("privacy2").get("api/selection-features").json().getJsonArray("features").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("classification");
  }

  private Reply review(String id, String step, String user, boolean approved) {
    return as(user)
        .post(
            "api/selection-rules/" + id + "/" + step,
            Json.createObjectBuilder()
                .add("approved", approved)
                .add("reasons", "Beoordeeld door " + user)
                .build());
  }

  private Reply impactAssessment(String id, String user) {
    return as(user)
        .post(
            "api/selection-rules/" + id + "/impact-assessment",
            Json.createObjectBuilder()
                .add("purpose", "Onjuiste voorschotten vroeg vinden")
                .add("legalBasis", "Awir art. 40: de Belastingdienst controleert de aanvragen")
                .add("proportionality", "Alleen gegevens die al bij de aanvraag horen")
                .add("humanOversight", "Elke selectie wordt door een medewerker beoordeeld")
                .add("fundamentalRightsRisks", "Indirect onderscheid naar afkomst")
                .add("mitigations", "Biasmonitor met steekproef na elke run")
                .add("approved", true)
                .add("reasons", "IAMA volledig")
                .build());
  }

  private static JsonObjectBuilder ruleSet(
      String name, int threshold, JsonObjectBuilder... indicators) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObjectBuilder i : indicators) {
      list.add(i);
    }
    return Json.createObjectBuilder()
        .add("name", name)
        .add("purpose", "Aanvragen met een verhoogd risico op een onjuist voorschot vinden")
        .add("legalBasis", LEGAL_BASIS)
        .add("threshold", threshold)
        .add("indicators", list);
  }

  private static JsonObjectBuilder indicator(
      String name, String feature, String comparison, String value, int points) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("feature", feature)
        .add("comparison", comparison)
        .add("value", value)
        .add("points", points);
  }

  private static JsonObject run(
      String ruleSet, String batchId, long seed, int count, double correlation) {
    JsonArrayBuilder cases = Json.createArrayBuilder();
    for (Household h :
        SyntheticHouseholds.generate(new SyntheticHouseholds.Settings(count, seed, correlation))) {
      cases.add(household(h, h.features(), h.monitoring()));
    }
    return batch(ruleSet, batchId, Math.min(SAMPLE, count), cases);
  }

  private static JsonObject batch(
      String ruleSet, String batchId, int sample, JsonArrayBuilder cases) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("ruleSetId", ruleSet)
            .add("batchId", batchId)
            .add("controlSampleSize", sample);
    if (cases != null) {
      b.add("cases", cases);
    }
    return b.build();
  }

  private static JsonObjectBuilder household(
      Household h, Map<String, String> features, Map<String, String> monitoring) {
    JsonObjectBuilder f = Json.createObjectBuilder();
    features.forEach(f::add);
    JsonObjectBuilder m = Json.createObjectBuilder();
    monitoring.forEach(m::add);
    return Json.createObjectBuilder()
        .add("caseRef", h.caseRef())
        .add("bsn", h.bsn())
        .add("benefitType", h.benefitType())
        .add("features", f)
        .add("monitoring", m);
  }

  private static void assertProblem(Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.body()).isTrue();
    assertThat(reply.json().getString("field")).isEqualTo(field);
    assertThat(reply.json().getString("detailNl")).isNotBlank();
    assertThat(reply.json().getString("detailEn")).isNotBlank();
  }

  private List<JsonObject> entries(String query) {
    Reply reply = as("inspectie1").get("api/audit/entries?size=1000&" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
  }

  private List<JsonObject> refusals(String query) {
    return entries(query).stream().filter(e -> e.getString("outcome").equals("REFUSED")).toList();
  }

  private List<String> actions(String ruleSet) {
    return entries("objectType=SELECTION_RULE_SET&objectId=" + ruleSet).stream()
        .map(e -> e.getString("action"))
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }

  private static List<String> strings(JsonArray array, String key) {
    return array.stream().map(v -> v.asJsonObject().getString(key)).toList();
  }
}
