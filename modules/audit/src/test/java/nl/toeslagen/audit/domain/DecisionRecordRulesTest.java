package nl.toeslagen.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.toeslagen.audit.api.DecisionRecord;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;

class DecisionRecordRulesTest {

  static DecisionRecord record(
      String preparer, String approver, List<String> legal, List<String> ecli) {
    return new DecisionRecord(
        null,
        "OBJECTION_DECISION",
        "GEGROND",
        "OBJECTION",
        "obj-1",
        List.of(new DecisionRecord.Ground("Inkomen te hoog", "GEGROND", "IB-aanslag lager")),
        List.of(new DecisionRecord.Fact("toetsingsinkomen 2023", "€ 31.250,00", "IB-aanslag")),
        legal,
        ecli,
        List.of("werkinstructie bezwaar v4"),
        preparer,
        approver,
        null);
  }

  @Test
  void acceptsCompleteRecordAndNormalisesReferences() {
    DecisionRecord valid =
        DecisionRecordRules.validate(
            record(
                "jan",
                "piet",
                List.of("bwbr0005537 artikel 7:12"),
                List.of("ecli:nl:rvs:2021:2581")));

    assertThat(valid.legalReferences()).containsExactly("BWBR0005537 art. 7:12");
    assertThat(valid.caseLaw()).containsExactly("ECLI:NL:RVS:2021:2581");
    assertThat(valid.approver()).isEqualTo("piet");
  }

  @Test
  void refusesApproverWhoIsThePreparer() {
    assertThatThrownBy(
            () ->
                DecisionRecordRules.validate(
                    record("jan", "JAN", List.of("BWBR0005537 art. 7:12"), List.of())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("four-eyes")
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("approver"));
  }

  @Test
  void refusesRecordWithoutLegalReference() {
    assertThatThrownBy(
            () -> DecisionRecordRules.validate(record("jan", null, List.of(), List.of())))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("legalReferences"));
  }

  @Test
  void refusesMalformedEcli() {
    assertThatThrownBy(
            () ->
                DecisionRecordRules.validate(
                    record("jan", null, List.of("BWBR0005537 art. 7:12"), List.of("RVS 2021/1"))))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesRecordWithoutPreparer() {
    assertThatThrownBy(
            () ->
                DecisionRecordRules.validate(
                    record(" ", null, List.of("BWBR0005537 art. 7:12"), List.of())))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("preparer"));
  }
}
