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
    String old = jakarta.json.Json.createObjectBuilder(stored).remove("steps").build().toString();

    Objection back = Objection.restore(ObjectionJson.read(old));

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
}
