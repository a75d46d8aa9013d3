package nl.toeslagen.objections.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import org.junit.jupiter.api.Test;

class ObjectionDocumentV1ToV2Test {

  private final ObjectionDocumentV1ToV2 upcaster = new ObjectionDocumentV1ToV2();

  @Test
  void readsVersion1AndMarksVersion2() {
    JsonObject v2 = upcaster.upcast(StoredDocuments.json(StoredDocuments.V1));

    assertThat(upcaster.fromVersion()).isEqualTo(1);
    assertThat(v2.getInt("schemaVersion")).isEqualTo(2);
    assertThat(ObjectionJson.schemaVersion(v2)).isEqualTo(2);
  }

  @Test
  void copiesEveryMemberOfAVersion1DocumentWithStepsUnchanged() {
    JsonObject v1 = StoredDocuments.json(StoredDocuments.V1);

    JsonObject v2 = upcaster.upcast(v1);

    assertThat(Json.createObjectBuilder(v2).remove("schemaVersion").build()).isEqualTo(v1);
  }

  @Test
  void derivesIntakeCurrentDraftAndLastReviewForAVersion1DocumentWithoutSteps() {
    JsonObject v1 = StoredDocuments.json(StoredDocuments.V1_BEFORE_STEPS);

    JsonObject v2 = upcaster.upcast(v1);

    assertThat(v2.getJsonArray("steps"))
        .isEqualTo(
            json(
                "[{\"kind\":\"INTAKE\",\"by\":\"behandelaar1\",\"on\":\"2024-02-10\"},"
                    + "{\"kind\":\"DRAFT\",\"by\":\"behandelaar1\",\"on\":\"2024-03-25\","
                    + "\"draftVersion\":1},"
                    + "{\"kind\":\"REVIEW\",\"by\":\"vaktechniek2\",\"on\":null}]"));
    assertThat(Json.createObjectBuilder(v2).remove("schemaVersion").remove("steps").build())
        .isEqualTo(v1);
  }

  @Test
  void derivesOnlyTheIntakeForAnUndecidedCaseWithoutSteps() {
    JsonObject v1 = version1WithoutSteps(ObjectionFixtures.received());

    JsonObject v2 = upcaster.upcast(v1);

    assertThat(v2.getJsonArray("steps"))
        .isEqualTo(json("[{\"kind\":\"INTAKE\",\"by\":\"behandelaar1\",\"on\":\"2024-02-10\"}]"));
  }

  @Test
  void derivesNoStepsWhenTheOldDocumentNamesNobody() {
    JsonObject v1 =
        Json.createObjectBuilder(StoredDocuments.json(StoredDocuments.V1_BEFORE_STEPS))
            .add("createdBy", JsonValue.NULL)
            .add("decision", JsonValue.NULL)
            .add("reviewedBy", JsonValue.NULL)
            .build();

    assertThat(upcaster.upcast(v1).getJsonArray("steps")).isEmpty();
  }

  @Test
  void treatsStepsStoredAsNullAsMissing() {
    JsonObject v1 =
        Json.createObjectBuilder(StoredDocuments.json(StoredDocuments.V1_BEFORE_STEPS))
            .add("steps", JsonValue.NULL)
            .build();

    assertThat(upcaster.upcast(v1).getJsonArray("steps")).hasSize(3);
  }

  @Test
  void leavesItsArgumentAsItWas() {
    JsonObject v1 = StoredDocuments.json(StoredDocuments.V1_BEFORE_STEPS);
    String before = v1.toString();

    upcaster.upcast(v1);

    assertThat(v1.toString()).isEqualTo(before);
    assertThat(v1).doesNotContainKeys("schemaVersion", "steps");
  }

  /** A fresh case in the old form: what the current writer writes, without marker and steps. */
  private static JsonObject version1WithoutSteps(nl.toeslagen.objections.domain.Objection o) {
    JsonObject current =
        Json.createReader(new StringReader(ObjectionJson.write(o.memento()))).readObject();
    return Json.createObjectBuilder(current).remove("schemaVersion").remove("steps").build();
  }

  private static jakarta.json.JsonArray json(String array) {
    return Json.createReader(new StringReader(array)).readArray();
  }
}
