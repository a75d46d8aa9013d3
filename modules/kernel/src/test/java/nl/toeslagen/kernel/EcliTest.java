package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcliTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ECLI:NL:RVS:2019:4128",
        "ECLI:NL:CRVB:2021:1234",
        "ECLI:NL:RBDHA:2020:11230",
        "ECLI:NL:HR:2023:1000",
        "ECLI:NL:PHR:2022:12",
        "ECLI:NL:GHARL:2024:5678"
      })
  void acceptsDutchCaseLawIdentifiers(String text) {
    assertThat(Ecli.parse(text).value()).isEqualTo(text);
  }

  @Test
  void normalisesToUpperCase() {
    assertThat(Ecli.parse(" ecli:nl:rvs:2019:4128 ").value()).isEqualTo("ECLI:NL:RVS:2019:4128");
    assertThat(Ecli.parse("ecli:nl:rvs:2019:4128")).isEqualTo(Ecli.parse("ECLI:NL:RVS:2019:4128"));
  }

  @Test
  void exposesCourtYearAndNumber() {
    Ecli ecli = Ecli.parse("ECLI:NL:RVS:2019:4128");
    assertThat(ecli.court()).isEqualTo("RVS");
    assertThat(ecli.year()).isEqualTo(2019);
    assertThat(ecli.number()).isEqualTo("4128");
    assertThat(ecli.url())
        .isEqualTo("https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2019:4128");
    assertThat(ecli).hasToString("ECLI:NL:RVS:2019:4128");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "NL:RVS:2019:4128",
        "ECLI:BE:RVS:2019:4128",
        "ECLI:NL:RVS:19:4128",
        "ECLI:NL:RVS:2019",
        "ECLI:NL::2019:4128",
        "ECLI:NL:R-VS:2019:4128",
        "ECLI:NL:RVS:2019:4128:extra",
        "ECLI NL RVS 2019 4128"
      })
  void rejectsOtherTextForFieldEcli(String text) {
    assertThatThrownBy(() -> Ecli.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("ecli");
              assertThat(e.messageNl()).startsWith("De ECLI moet");
              assertThat(e.messageEn()).startsWith("The ECLI must");
            });
  }
}
