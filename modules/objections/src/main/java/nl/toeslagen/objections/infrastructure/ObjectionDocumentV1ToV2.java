package nl.toeslagen.objections.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.toeslagen.objections.infrastructure.schema.Upcaster;

/**
 * Objection document version 1 to 2. Version 1 is what was stored before ADR 0016: no {@code
 * schemaVersion} member and, for cases stored before the four-eyes history was kept (issue 7), no
 * {@code steps}. Version 2 always carries {@code steps}: for such an old case they are derived from
 * what the document knows — intake by {@code createdBy} on the received date, draft 1 by the
 * decision's {@code preparedBy} on {@code preparedOn}, a review by {@code reviewedBy} (day unknown)
 * — the only participants the old form recorded (see docs/objections.md). A v1 document that has
 * {@code steps} keeps them unchanged. Every other member is copied as it is.
 */
final class ObjectionDocumentV1ToV2 implements Upcaster<JsonObject> {

  @Override
  public int fromVersion() {
    return 1;
  }

  @Override
  public JsonObject upcast(JsonObject v1) {
    JsonObjectBuilder v2 = Json.createObjectBuilder(v1).add(ObjectionJson.SCHEMA_VERSION_KEY, 2);
    if (absent(v1, "steps")) {
      v2.add("steps", derivedSteps(v1));
    }
    return v2.build();
  }

  private static JsonArrayBuilder derivedSteps(JsonObject v1) {
    JsonArrayBuilder steps = Json.createArrayBuilder();
    String createdBy = text(v1, "createdBy");
    if (createdBy != null && !createdBy.isBlank()) {
      steps.add(step("INTAKE", createdBy, v1.getJsonObject("intake").get("receivedDate"), 0));
    }
    if (!absent(v1, "decision")) {
      JsonObject decision = v1.getJsonObject("decision");
      steps.add(step("DRAFT", decision.getString("preparedBy"), decision.get("preparedOn"), 1));
    }
    String reviewedBy = text(v1, "reviewedBy");
    if (reviewedBy != null && !reviewedBy.isBlank()) {
      steps.add(step("REVIEW", reviewedBy, JsonValue.NULL, 0));
    }
    return steps;
  }

  private static JsonObjectBuilder step(String kind, String by, JsonValue on, int draftVersion) {
    JsonObjectBuilder s =
        Json.createObjectBuilder()
            .add("kind", kind)
            .add("by", by)
            .add("on", on == null ? JsonValue.NULL : on);
    if (draftVersion > 0) {
      s.add("draftVersion", draftVersion);
    }
    return s;
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static String text(JsonObject o, String key) {
    return absent(o, key) ? null : o.getString(key);
  }
}
