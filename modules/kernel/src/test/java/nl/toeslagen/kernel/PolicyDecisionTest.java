package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyDecisionTest {

  @Test
  void anAllowedDecisionLetsTheActionGoAhead() {
    PolicyDecision decision =
        PolicyDecision.allow("FourEyes", "Een tweede medewerker beoordeelt.", "A second reviews.");
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.refused()).isFalse();
    assertThat(decision.basis()).isNull();
    assertThatCode(decision::enforce).doesNotThrowAnyException();
  }

  @Test
  void aRefusedDecisionThrowsWithItsReasonsAndBasis() {
    PolicyDecision decision =
        PolicyDecision.refuse(
            "DecisionTerm",
            "De beslistermijn is al verdaagd.",
            "The decision term has already been extended.",
            Laws.awb("7:10"));
    assertThat(decision.refused()).isTrue();
    assertThatThrownBy(decision::enforce)
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision()).isSameAs(decision);
              assertThat(e.messageNl()).isEqualTo("De beslistermijn is al verdaagd.");
              assertThat(e.getMessage()).isEqualTo("The decision term has already been extended.");
              assertThat(e.decision().basis()).hasToString("BWBR0005537 art. 7:10");
            });
  }

  @Test
  void aPolicyMustBeNamed() {
    assertThatThrownBy(() -> PolicyDecision.allow(" ", "nl", "en"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allowWithBasisKeepsTheBasis() {
    assertThat(PolicyDecision.allow("P", "nl", "en", Laws.awir("26a")).basis())
        .isEqualTo(Laws.awir("26a"));
  }
}
