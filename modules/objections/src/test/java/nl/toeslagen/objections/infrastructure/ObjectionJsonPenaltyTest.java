package nl.toeslagen.objections.infrastructure;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.kernel.Money;
import nl.toeslagen.objections.domain.ContestedDecisionType;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.ManifestFinding;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import nl.toeslagen.objections.domain.PenaltyDecisionTestCases;
import org.junit.jupiter.api.Test;

/** The penalty's members of the document are optional: absent means the old behaviour. */
class ObjectionJsonPenaltyTest {

  @Test
  void storesTheAmountAtStakeTheBenefitYearAndThePenaltyDecision() {
    Objection o = PenaltyDecisionTestCases.decidedOngegrond();
    o.decidePenalty(
        ManifestFinding.KENNELIJK_ONGEGROND,
        "Zie de basisregistratie.",
        "behandelaar2",
        parse("2027-04-15"));
    Objection.Memento back = ObjectionJson.read(ObjectionJson.write(o.memento()));
    assertThat(back).isEqualTo(o.memento());
    assertThat(back.intake().amountAtStake()).isEqualTo(Money.ofCents(20000));
    assertThat(back.intake().contestedDecision().benefitYear()).isEqualTo(2025);
    assertThat(back.penaltyDecision().finding()).isEqualTo(ManifestFinding.KENNELIJK_ONGEGROND);
    assertThat(back.decision().outcome()).isEqualTo(DecisionOutcome.ONGEGROND);
  }

  @Test
  void aDocumentWithoutTheNewMembersReadsAsBefore() {
    Objection o = ObjectionFixtures.decided();
    String json =
        ObjectionJson.write(o.memento())
            .replace(",\"contestedBenefitYear\":null", "")
            .replace(",\"amountAtStakeCents\":null}", "}")
            .replace(",\"penaltyDecision\":null", "");
    assertThat(json).doesNotContain("contestedBenefitYear").doesNotContain("penaltyDecision");
    Objection.Memento back = ObjectionJson.read(json);
    assertThat(back).isEqualTo(o.memento());
    assertThat(back.intake().contestedDecision().type())
        .isEqualTo(ContestedDecisionType.DEFINITIEVE_TOEKENNING);
    assertThat(back.intake().amountAtStake()).isNull();
    assertThat(back.penaltyDecision()).isNull();
  }
}
