package nl.toeslagen.objections.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reason the objector was not heard, as the case page and the audit trail state it. */
class HearingSkipReasonTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A_KENNELIJK_NIET_ONTVANKELIJK | U bent niet gehoord, omdat uw bezwaar kennelijk"
            + " niet-ontvankelijk is (artikel 7:3, onder a, van de Algemene wet bestuursrecht).",
        "B_KENNELIJK_ONGEGROND | U bent niet gehoord, omdat uw bezwaar kennelijk ongegrond is"
            + " (artikel 7:3, onder b, van de Algemene wet bestuursrecht).",
        "C_AFSTAND_GEDAAN | U bent niet gehoord, omdat u heeft laten weten dat u niet gehoord"
            + " wilt worden (artikel 7:3, onder c, van de Algemene wet bestuursrecht).",
        "D_GEEN_REACTIE | U bent niet gehoord, omdat u niet binnen de gestelde termijn heeft"
            + " laten weten dat u gehoord wilt worden (artikel 7:3, onder d, van de Algemene wet"
            + " bestuursrecht).",
        "E_VOLLEDIG_TEGEMOETGEKOMEN | U bent niet gehoord, omdat wij uw bezwaar volledig"
            + " toewijzen (artikel 7:3, onder e, van de Algemene wet bestuursrecht)."
      })
  void theStatementPutsTheVerbAtTheEndOfTheClauseAndNamesTheLawInWords(
      HearingSkipReason reason, String statement) {
    assertThat(reason.statementNl()).isEqualTo(statement);
  }
}
