package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "999999990", "012345672", "000000012"})
  void acceptsNineDigitsPassingTheElevenTest(String value) {
    assertThat(Bsn.of(value).value()).isEqualTo(value);
    assertThat(Bsn.isValid(value)).isTrue();
  }

  @Test
  void keepsLeadingZeros() {
    assertThat(Bsn.of("012345672").value()).isEqualTo("012345672");
  }

  @Test
  void trimsSurroundingWhiteSpace() {
    assertThat(Bsn.of("  123456782 ").value()).isEqualTo("123456782");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "123456789", // fails the elfproef
        "111222334",
        "000000000", // all zeros
        "12345678", // eight digits
        "1234567820", // ten digits
        "123.456.782", // dots are not stripped
        "123 456 782", // inner spaces are not stripped
        "12345678a",
        "１２３４５６７８２" // full-width digits
      })
  void rejectsAnythingElseWithADutchAndEnglishMessage(String value) {
    assertThatThrownBy(() -> Bsn.of(value))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("bsn");
              assertThat(e.messageNl())
                  .isEqualTo("Het BSN moet uit negen cijfers bestaan en de elfproef doorstaan.");
              assertThat(e.messageEn())
                  .isEqualTo("The BSN must consist of nine digits and pass the eleven test.");
              assertThat(e.getMessage()).isEqualTo(e.messageEn());
            });
  }

  @Test
  void masksAllButTheLastFourDigits() {
    assertThat(Bsn.of("123456782").masked()).isEqualTo("*****6782");
  }

  @Test
  void toStringNeverRevealsTheFullNumber() {
    Bsn bsn = Bsn.of("111222333");
    assertThat(bsn.toString()).isEqualTo("*****2333").doesNotContain("111222333");
    assertThat("citizen " + bsn).doesNotContain("11122");
  }

  @Test
  void equalNumbersAreEqual() {
    assertThat(Bsn.of("123456782")).isEqualTo(Bsn.of(" 123456782"));
  }

  @Test
  void theLookupHashIsTheSha256OfTheNineDigitsAndDoesNotContainThem() {
    // sha256("123456782"), computed independently (sha256sum)
    assertThat(Bsn.of(" 123456782 ").lookupHash())
        .isEqualTo(HASH_OF_123456782)
        .hasSize(64)
        .doesNotContain("123456782");
    assertThat(Bsn.of("111222333").lookupHash()).isNotEqualTo(HASH_OF_123456782);
  }

  private static final String HASH_OF_123456782 =
      "eef30647d28ea37791c73e9ee10e982ee0eebf8f13cd29b144f5f1c4d8ef7596";
}
