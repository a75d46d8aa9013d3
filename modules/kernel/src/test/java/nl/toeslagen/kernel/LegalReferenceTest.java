package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalReferenceTest {

  @Test
  void givesTheJuriconnectId() {
    assertThat(LegalReference.of("BWBR0018472", "26a").jci())
        .isEqualTo("jci1.3:c:BWBR0018472&artikel=26a");
    assertThat(Laws.awb("7:10").jci()).isEqualTo("jci1.3:c:BWBR0005537&artikel=7:10");
  }

  @Test
  void linksToWettenOverheid() {
    assertThat(Laws.awir("26a").url())
        .isEqualTo("https://wetten.overheid.nl/jci1.3:c:BWBR0018472&artikel=26a");
  }

  @Test
  void printsAsBwbIdAndArticle() {
    assertThat(LegalReference.of("BWBR0018472", "26a")).hasToString("BWBR0018472 art. 26a");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BWBR0018472 art. 26a",
        "BWBR0005537 art. 7:10",
        "BWBR0005537 art. 6:11",
        "BWBR0002448 art. 1",
        "BWBR0002448"
      })
  void parsesWhatItPrints(String text) {
    LegalReference reference = LegalReference.parse(text);
    assertThat(reference).hasToString(text);
    assertThat(LegalReference.parse(reference.toString())).isEqualTo(reference);
  }

  @Test
  void parsingAcceptsArtikelAndLowerCase() {
    assertThat(LegalReference.parse(" bwbr0005537 artikel 7:10 ")).isEqualTo(Laws.awb("7:10"));
    assertThat(LegalReference.parse("BWBR0005537 art.7:10")).isEqualTo(Laws.awb("7:10"));
  }

  @Test
  void aReferenceWithoutArticleMeansTheWholeRegulation() {
    LegalReference atw = LegalReference.of(Laws.ALGEMENE_TERMIJNENWET, " ");
    assertThat(atw.article()).isNull();
    assertThat(atw.jci()).isEqualTo("jci1.3:c:BWBR0002448");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Awb 7:10", "BWBR001847 art. 1", "BWBR0018472 art.", "BWBX0018472"})
  void rejectsOtherText(String text) {
    assertThatThrownBy(() -> LegalReference.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("legalReference");
              assertThat(e.messageNl()).contains("BWBR0018472 art. 26a");
            });
  }

  @Test
  void lawsKnowsTheBwbIds() {
    assertThat(Laws.AWIR).isEqualTo("BWBR0018472");
    assertThat(Laws.AWB).isEqualTo("BWBR0005537");
    assertThat(Laws.ALGEMENE_TERMIJNENWET).isEqualTo("BWBR0002448");
    assertThat(Laws.awir("26a")).isEqualTo(LegalReference.of("BWBR0018472", "26a"));
    assertThat(Laws.termijnenwet("1")).hasToString("BWBR0002448 art. 1");
  }
}
