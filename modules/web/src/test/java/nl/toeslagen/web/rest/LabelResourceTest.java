package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import nl.toeslagen.fraudreview.application.FraudReviewVocabularies;
import nl.toeslagen.objections.application.ObjectionVocabularies;
import nl.toeslagen.web.security.WebVocabularies;
import org.junit.jupiter.api.Test;

class LabelResourceTest {

  private final JsonObject labels =
      LabelResource.labels(
          List.of(
              new WebVocabularies(), new ObjectionVocabularies(), new FraudReviewVocabularies()));

  @Test
  void answersEachCodesDutchAndEnglishLabelPerContextAndVocabulary() {
    JsonObject objections = labels.getJsonObject("vocabularies").getJsonObject("objections");
    assertThat(objections.getJsonObject("benefitTypes").getJsonObject("HUURTOESLAG").toString())
        .isEqualTo("{\"nl\":\"huurtoeslag\",\"en\":\"rent benefit\"}");
    assertThat(objections.getJsonObject("timeliness").getJsonObject("IN_TIME").getString("nl"))
        .isEqualTo("Op tijd");
    assertThat(
            labels
                .getJsonObject("vocabularies")
                .getJsonObject("web")
                .getJsonObject("roles")
                .getJsonObject("INSPECTIE")
                .getString("nl"))
        .isEqualTo("Inspectie");
    assertThat(labels.getJsonObject("contexts").getJsonObject("fraud-review").getString("nl"))
        .isEqualTo("Intensief toezicht");
  }

  @Test
  void aCodeWithoutAnEnglishLabelCarriesOnlyTheDutchOne() {
    JsonObject task =
        labels
            .getJsonObject("vocabularies")
            .getJsonObject("objections")
            .getJsonObject("tasks")
            .getJsonObject("ReviewDecisionTask");
    assertThat(task.keySet()).containsExactly("nl");
    assertThat(task.getString("nl")).isEqualTo("Beslissing beoordelen (vier ogen)");
  }

  @Test
  void keepsTheDomainsOrderOfCodes() {
    assertThat(
            labels
                .getJsonObject("vocabularies")
                .getJsonObject("objections")
                .getJsonObject("stages")
                .keySet())
        .startsWith("ADMISSIBILITY", "AWAITING_REPAIR", "CONTACT");
  }
}
