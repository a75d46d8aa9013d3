package nl.toeslagen.documents.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.documents.api.Letter;

/**
 * A {@link Letter} as JSON text and back, so that a letter composed in a request can wait in the
 * letter queue until a job renders it after commit.
 */
final class LetterJson {

  private LetterJson() {}

  static String write(Letter l) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "kind", l.kind());
    put(b, "reference", l.reference());
    put(b, "date", l.date() == null ? null : l.date().toString());
    put(b, "recipientName", l.recipientName());
    b.add("recipientAddress", strings(l.recipientAddress()));
    put(b, "salutation", l.salutation());
    put(b, "subject", l.subject());
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (Letter.Section s : l.sections()) {
      JsonObjectBuilder section = Json.createObjectBuilder();
      put(section, "heading", s.heading());
      JsonArrayBuilder blocks = Json.createArrayBuilder();
      for (Letter.Block block : s.blocks()) {
        if (block instanceof Letter.Paragraph p) {
          blocks.add(Json.createObjectBuilder().add("paragraph", p.text()));
        } else if (block instanceof Letter.BulletList list) {
          blocks.add(Json.createObjectBuilder().add("bullets", strings(list.items())));
        }
      }
      sections.add(section.add("blocks", blocks));
    }
    b.add("sections", sections);
    put(b, "closing", l.closing());
    if (l.signatory() != null) {
      b.add(
          "signatory",
          Json.createObjectBuilder()
              .add("name", l.signatory().name())
              .add("function", l.signatory().function()));
    }
    b.add("footer", strings(l.footer()));
    put(b, "onBehalfOf", l.onBehalfOf());
    put(b, "contact", l.contact());
    return b.build().toString();
  }

  static Letter read(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    List<Letter.Section> sections = new ArrayList<>();
    for (JsonValue value : o.getJsonArray("sections")) {
      JsonObject s = value.asJsonObject();
      List<Letter.Block> blocks = new ArrayList<>();
      for (JsonValue blockValue : s.getJsonArray("blocks")) {
        JsonObject block = blockValue.asJsonObject();
        if (block.containsKey("paragraph")) {
          blocks.add(new Letter.Paragraph(block.getString("paragraph")));
        } else {
          blocks.add(new Letter.BulletList(strings(block.getJsonArray("bullets"))));
        }
      }
      sections.add(new Letter.Section(text(s, "heading"), blocks));
    }
    JsonObject who = o.containsKey("signatory") ? o.getJsonObject("signatory") : null;
    String date = text(o, "date");
    return new Letter(
        text(o, "kind"),
        text(o, "reference"),
        date == null ? null : LocalDate.parse(date),
        text(o, "recipientName"),
        strings(o.getJsonArray("recipientAddress")),
        text(o, "salutation"),
        text(o, "subject"),
        sections,
        text(o, "closing"),
        who == null ? null : new Letter.Signatory(who.getString("name"), who.getString("function")),
        strings(o.getJsonArray("footer")),
        // Absent in letters queued before these lines were added: the standard lines then.
        text(o, "onBehalfOf"),
        text(o, "contact"));
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }

  private static String text(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
