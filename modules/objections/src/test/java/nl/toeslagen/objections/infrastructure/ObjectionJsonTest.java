package nl.toeslagen.objections.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

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
  void keepsTheFullBsnOnlyInsideTheStoredState() {
    String json = ObjectionJson.write(ObjectionFixtures.received().memento());
    assertThat(json).contains("\"bsn\":\"111222333\"");
  }
}
