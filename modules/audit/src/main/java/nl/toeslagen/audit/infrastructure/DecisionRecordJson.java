package nl.toeslagen.audit.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.audit.api.DecisionRecord.Fact;
import nl.toeslagen.audit.api.DecisionRecord.Ground;

/** JSON text (JSON-P) of the list-valued parts of a decision record. */
final class DecisionRecordJson {

  private DecisionRecordJson() {}

  static String stringsToJson(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array.build().toString();
  }

  static List<String> stringsFromJson(String json) {
    List<String> result = new ArrayList<>();
    for (JsonValue v : read(json)) {
      result.add(((jakarta.json.JsonString) v).getString());
    }
    return result;
  }

  static String groundsToJson(List<Ground> grounds) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Ground g : grounds) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "ground", g.ground());
      put(o, "answer", g.answer());
      put(o, "reasons", g.reasons());
      array.add(o);
    }
    return array.build().toString();
  }

  static List<Ground> groundsFromJson(String json) {
    List<Ground> result = new ArrayList<>();
    for (JsonValue v : read(json)) {
      JsonObject o = v.asJsonObject();
      result.add(new Ground(text(o, "ground"), text(o, "answer"), text(o, "reasons")));
    }
    return result;
  }

  static String factsToJson(List<Fact> facts) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Fact f : facts) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "name", f.name());
      put(o, "value", f.value());
      put(o, "source", f.source());
      array.add(o);
    }
    return array.build().toString();
  }

  static List<Fact> factsFromJson(String json) {
    List<Fact> result = new ArrayList<>();
    for (JsonValue v : read(json)) {
      JsonObject o = v.asJsonObject();
      result.add(new Fact(text(o, "name"), text(o, "value"), text(o, "source")));
    }
    return result;
  }

  private static void put(JsonObjectBuilder o, String name, String value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }

  private static String text(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name) ? null : o.getString(name);
  }

  private static JsonArray read(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }
}
