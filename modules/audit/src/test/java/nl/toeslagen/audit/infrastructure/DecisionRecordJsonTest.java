package nl.toeslagen.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toeslagen.audit.api.DecisionRecord.Fact;
import nl.toeslagen.audit.api.DecisionRecord.Ground;
import org.junit.jupiter.api.Test;

class DecisionRecordJsonTest {

  @Test
  void groundsSurviveTheRoundTripIncludingQuotesAndMissingReasons() {
    List<Ground> grounds =
        List.of(
            new Ground("Inkomen \"te hoog\"", "GEGROND", "IB-aanslag 2023 is lager"),
            new Ground("Partner onjuist", "ONGEGROND", null));

    String json = DecisionRecordJson.groundsToJson(grounds);

    assertThat(DecisionRecordJson.groundsFromJson(json)).isEqualTo(grounds);
    assertThat(json).startsWith("[{\"ground\":");
  }

  @Test
  void factsAndStringListsSurviveTheRoundTrip() {
    List<Fact> facts = List.of(new Fact("toetsingsinkomen", "€ 31.250,00", null));
    List<String> refs = List.of("BWBR0005537 art. 7:12", "BWBR0018472 art. 26a");

    assertThat(DecisionRecordJson.factsFromJson(DecisionRecordJson.factsToJson(facts)))
        .isEqualTo(facts);
    assertThat(DecisionRecordJson.stringsFromJson(DecisionRecordJson.stringsToJson(refs)))
        .isEqualTo(refs);
    assertThat(DecisionRecordJson.stringsFromJson("[]")).isEmpty();
  }
}
