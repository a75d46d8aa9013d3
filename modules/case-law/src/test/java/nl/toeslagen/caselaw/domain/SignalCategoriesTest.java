package nl.toeslagen.caselaw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The categories as shipped, and a malformed file refused with its line. */
class SignalCategoriesTest {

  private static final SignalCategories SHIPPED = SignalCategories.load();

  @Test
  void theShippedDataHoldsTheHardshipCodesTheRulingCodesTheTopicsAndTheObjectionMapping() {
    for (String code :
        new String[] {
          "ONBEDOELD_PARTNERSCHAP", "VERMOGENSGRENS", "KOPPELING_GEWERKTE_UREN", "OVERIG",
          "HERHAALD_VERLIES", "VERLOREN_UITSPRAAK", "TERUGVORDERING", "INKOMENSSCHATTING",
          "KINDEROPVANG_UREN", "BEREIKBAARHEID", "BRIEVEN_ONDUIDELIJK", "BETALINGSREGELING",
          "BEJEGENING"
        }) {
      assertThat(SHIPPED.contains(code)).as(code).isTrue();
    }
    assertThat(SignalObjectionCategories.BY_CONTESTED_TYPE.values())
        .allSatisfy(code -> assertThat(SHIPPED.contains(code)).as(code).isTrue());
    assertThat(SHIPPED.contains(SignalObjectionCategories.FALLBACK)).isTrue();
    assertThat(SignalObjectionCategories.of("TERUGVORDERING")).isEqualTo("TERUGVORDERING");
    assertThat(SignalObjectionCategories.of("IETS_NIEUWS")).isEqualTo("OVERIG");
    assertThat(SHIPPED.find("HERHAALD_VERLIES").orElseThrow().threshold()).isEqualTo(1);
  }

  @Test
  void everyRowHasLabelsAThresholdAndAWindow() {
    assertThat(SHIPPED.all())
        .isNotEmpty()
        .allSatisfy(
            c -> {
              assertThat(c.labelNl()).isNotBlank();
              assertThat(c.labelEn()).isNotBlank();
              assertThat(c.threshold()).isPositive();
              assertThat(c.windowDays()).isPositive();
            });
  }

  @Test
  void commentsAndTheHeaderAreSkipped() throws Exception {
    SignalCategories c =
        SignalCategories.parse(
            new StringReader(
                "# comment\ncode;labelNl;labelEn;threshold;windowDays\n\nA1;Een;One;3;30\n"),
            "test");
    assertThat(c.all()).containsExactly(new SignalCategories.Category("A1", "Een", "One", 3, 30));
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> parse("A1;Een;One;0;30"))
        .hasMessageContaining("line 1")
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> parse("A1;Een;One;3;30\nA1;Twee;Two;3;30"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> parse("a1;Een;One;3;30")).hasMessageContaining("code");
    assertThatThrownBy(() -> parse("A1;;One;3;30")).hasMessageContaining("labels");
    assertThatThrownBy(() -> parse("A1;Een;One;drie;30")).hasMessageContaining("whole numbers");
    assertThatThrownBy(() -> parse("A1;Een;One;3")).hasMessageContaining("expected");
    assertThatThrownBy(() -> parse("# only a comment")).hasMessageContaining("no signal category");
  }

  private static SignalCategories parse(String text) throws Exception {
    return SignalCategories.parse(new StringReader(text), "test");
  }
}
