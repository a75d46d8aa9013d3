package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest(name = "{0} cents is shown as \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "123456 | € 1.234,56",
        "0 | € 0,00",
        "5 | € 0,05",
        "99 | € 0,99",
        "100000 | € 1.000,00",
        "123456789 | € 1.234.567,89",
        "-1200 | -€ 12,00",
        "-123456 | -€ 1.234,56"
      })
  void isFormattedTheDutchWay(long cents, String expected) {
    assertThat(Money.ofCents(cents).formatted()).isEqualTo(expected);
    assertThat(Money.ofCents(cents)).hasToString(expected);
  }

  @Test
  void parsesEurosWithPointOrComma() {
    assertThat(Money.ofEuros("1234.56")).isEqualTo(Money.ofCents(123456));
    assertThat(Money.ofEuros("1234,5")).isEqualTo(Money.ofCents(123450));
    assertThat(Money.ofEuros("-12")).isEqualTo(Money.ofCents(-1200));
    assertThat(Money.ofEuros(new BigDecimal("0.07"))).isEqualTo(Money.ofCents(7));
    assertThat(Money.ofEuros(new BigDecimal("12.500"))).isEqualTo(Money.ofCents(1250));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.234,56", "€ 12", "12.345", "abc", "1e3"})
  void rejectsTextThatIsNoPlainAmount(String text) {
    assertThatThrownBy(() -> Money.ofEuros(text))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("amount"));
  }

  @Test
  void rejectsFractionsOfCents() {
    assertThatThrownBy(() -> Money.ofEuros(new BigDecimal("0.005")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void addsAndSubtracts() {
    Money a = Money.ofEuros("100.10");
    Money b = Money.ofEuros("0.95");
    assertThat(a.plus(b)).isEqualTo(Money.ofCents(10105));
    assertThat(b.minus(a)).isEqualTo(Money.ofCents(-9915));
    assertThat(b.minus(a).isNegative()).isTrue();
    assertThat(a.minus(a)).isEqualTo(Money.ZERO);
    assertThat(a.minus(a).isZero()).isTrue();
    assertThat(a.negate()).isEqualTo(Money.ofCents(-10010));
  }

  @Test
  void multipliesRoundingHalfUpToWholeCents() {
    assertThat(Money.ofCents(1001).times(new BigDecimal("0.5"))).isEqualTo(Money.ofCents(501));
    assertThat(Money.ofCents(1000).times(new BigDecimal("0.3333"))).isEqualTo(Money.ofCents(333));
    assertThat(Money.ofCents(-1001).times(new BigDecimal("0.5"))).isEqualTo(Money.ofCents(-501));
    assertThat(Money.ofEuros("1200").times(new BigDecimal("12"))).isEqualTo(Money.ofEuros("14400"));
  }

  @Test
  void overflowIsAnErrorNotAWrongAmount() {
    assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesMinAndMax() {
    Money small = Money.ofCents(100);
    Money large = Money.ofCents(200);
    assertThat(small.min(large)).isEqualTo(small);
    assertThat(small.max(large)).isEqualTo(large);
    assertThat(small).isLessThan(large);
    assertThat(Money.ofCents(-1).isNegative()).isTrue();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(large.isPositive()).isTrue();
  }

  @Test
  void givesEurosWithTwoDecimals() {
    assertThat(Money.ofCents(123456).euros()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(Money.ofCents(-5).euros()).isEqualTo(new BigDecimal("-0.05"));
    assertThat(Money.ZERO.euros().scale()).isEqualTo(2);
  }
}
