package nl.toeslagen.objections.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import nl.toeslagen.objections.domain.Stage;
import org.junit.jupiter.api.Test;

class ObjectionJsonTest {

  @Test
  void storesAndRestoresAFreshCase() {
    Objection o = ObjectionFixtures.received();
    assertThat(ObjectionJson.read(ObjectionJson.write(o.memento()))).isEqualTo(o.memento());
  }

  @Test
  void storesAndRestoresADecidedCaseWithEveryPart() {
    Objection o = ObjectionFixtures.decided();
    Objection.Memento back = ObjectionJson.read(ObjectionJson.write(o.memento()));
    assertThat(back).isEqualTo(o.memento());
    assertThat(back.stage()).isEqualTo(Stage.DECIDED);
    assertThat(back.term().changes()).hasSize(2);
    assertThat(back.decision().effect().amountAtStake().cents()).isEqualTo(640_00);
  }

  @Test
  void storesWhoTookEachStepWithTheCase() {
    Objection o = ObjectionFixtures.received();
    o.recordStep(
        CaseStep.Kind.ADMISSIBILITY, "behandelaar2", java.time.LocalDate.parse("2024-02-12"));
    Objection.Memento back = ObjectionJson.read(ObjectionJson.write(o.memento()));
    assertThat(back.steps())
        .extracting(CaseStep::kind, CaseStep::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.INTAKE, "behandelaar1"),
            org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.ADMISSIBILITY, "behandelaar2"));
  }

  @Test
  void readsACaseStoredBeforeStepsWereKeptAndDerivesIntakeDraftAndReview() {
    Objection decided = ObjectionFixtures.decided();
    jakarta.json.JsonObject stored =
        jakarta.json.Json.createReader(
                new java.io.StringReader(ObjectionJson.write(decided.memento())))
            .readObject();
    // the form of before issue 7: schema version 1 (no marker) without steps
    String old =
        jakarta.json.Json.createObjectBuilder(stored)
            .remove("schemaVersion")
            .remove("steps")
            .build()
            .toString();

    Objection back = StoredDocuments.restore(old);

    assertThat(back.steps())
        .extracting(CaseStep::kind, CaseStep::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.INTAKE, "behandelaar1"),
            org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.DRAFT, "behandelaar1"),
            org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.REVIEW, "vaktechniek1"));
  }

  @Test
  void keepsTheFullBsnOnlyInsideTheStoredState() {
    String json = ObjectionJson.write(ObjectionFixtures.received().memento());
    assertThat(json).contains("\"bsn\":\"111222333\"");
  }

  @Test
  void writesTheCurrentSchemaVersionAndReadsItBackUnchanged() {
    Objection o = ObjectionFixtures.decided();

    String json = ObjectionJson.write(o.memento());

    assertThat(ObjectionJson.SCHEMA_VERSION).isEqualTo(2);
    assertThat(json).startsWith("{\"schemaVersion\":2,");
    jakarta.json.JsonObject document =
        jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
    assertThat(ObjectionJson.UPCASTERS.toCurrent(document)).isSameAs(document);
    assertThat(ObjectionJson.read(json)).isEqualTo(o.memento());
  }

  @Test
  void refusesAStoredDocumentOfANewerSchemaVersion() {
    String json =
        ObjectionJson.write(ObjectionFixtures.received().memento())
            .replace("\"schemaVersion\":2", "\"schemaVersion\":3");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ObjectionJson.read(json))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema version 3");
  }

  @Test
  void refusesACurrentDocumentWithoutStepsRatherThanForgetWhoTookPart() {
    jakarta.json.JsonObject stored =
        jakarta.json.Json.createReader(
                new java.io.StringReader(
                    ObjectionJson.write(ObjectionFixtures.decided().memento())))
            .readObject();
    String broken =
        jakarta.json.Json.createObjectBuilder(stored).remove("steps").build().toString();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ObjectionJson.read(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'steps'");
  }
}
