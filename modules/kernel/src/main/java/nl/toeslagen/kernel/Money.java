package nl.toeslagen.kernel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, held as whole euro cents (never as a floating-point number). Amounts may be
 * negative (e.g. a sum to be paid back).
 *
 * @param cents the amount in euro cents
 */
public record Money(long cents) implements Comparable<Money>, Serializable {

  public static final Money ZERO = new Money(0);

  private static final String FIELD = "amount";

  public static Money ofCents(long cents) {
    return new Money(cents);
  }

  /**
   * An amount in euros with at most two decimals.
   *
   * @throws ValidationException (field {@code "amount"}) when there are more than two decimals or
   *     the amount is out of range
   */
  public static Money ofEuros(BigDecimal euros) {
    if (euros == null) {
      throw invalid();
    }
    try {
      return new Money(euros.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw invalid();
    }
  }

  /**
   * Parses an amount in euros such as {@code "1234.56"}, {@code "1234,56"} or {@code "-12"}:
   * optional minus sign, digits, and at most two decimals after a point or comma. No thousands
   * separators and no currency sign.
   *
   * @throws ValidationException (field {@code "amount"}) when the text is not such an amount
   */
  public static Money ofEuros(String euros) {
    if (euros == null || !euros.strip().matches("-?\\d+([.,]\\d{1,2})?")) {
      throw invalid();
    }
    return ofEuros(new BigDecimal(euros.strip().replace(',', '.')));
  }

  private static ValidationException invalid() {
    return new ValidationException(
        FIELD,
        "Het bedrag moet een getal in euro's zijn met hoogstens twee decimalen.",
        "The amount must be a number of euros with at most two decimals.");
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(cents, other.cents));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(cents, other.cents));
  }

  /** This amount multiplied by {@code factor}, rounded half up to whole cents. */
  public Money times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return new Money(
        BigDecimal.valueOf(cents)
            .multiply(factor)
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact());
  }

  public Money negate() {
    return new Money(Math.negateExact(cents));
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isNegative() {
    return cents < 0;
  }

  public boolean isZero() {
    return cents == 0;
  }

  public boolean isPositive() {
    return cents > 0;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  /** The amount in euros, with scale 2. */
  public BigDecimal euros() {
    return BigDecimal.valueOf(cents, 2);
  }

  /**
   * Dutch notation: {@code "€ 1.234,56"}, negative {@code "-€ 12,00"} (plain spaces, point for
   * thousands, comma for cents).
   */
  public String formatted() {
    String magnitude = BigDecimal.valueOf(cents, 2).abs().toPlainString();
    int point = magnitude.indexOf('.');
    String whole = magnitude.substring(0, point);
    String fraction = magnitude.substring(point + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    return (cents < 0 ? "-" : "") + "€ " + grouped + "," + fraction;
  }

  /** Returns {@link #formatted()}. */
  @Override
  public String toString() {
    return formatted();
  }
}
