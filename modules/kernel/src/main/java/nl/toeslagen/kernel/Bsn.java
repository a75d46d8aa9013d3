package nl.toeslagen.kernel;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Burgerservicenummer: nine digits that pass the elfproef (d1*9 + d2*8 + ... + d8*2 - d9 is a
 * multiple of 11, and the number is not all zeros). Leading zeros are significant.
 *
 * <p>{@link #toString()} never reveals the full number; use {@link #value()} only where the full
 * number is needed (storage, exchange with other authorities).
 */
public record Bsn(String value) implements Serializable {

  static final String MESSAGE_NL =
      "Het BSN moet uit negen cijfers bestaan en de elfproef doorstaan.";
  static final String MESSAGE_EN = "The BSN must consist of nine digits and pass the eleven test.";

  /** Validates; surrounding white space is removed. */
  public Bsn {
    value = value == null ? null : value.strip();
    if (!isValid(value)) {
      throw new ValidationException("bsn", MESSAGE_NL, MESSAGE_EN);
    }
  }

  /**
   * Parses a BSN.
   *
   * @throws ValidationException (field {@code "bsn"}) unless the input, trimmed, is nine digits
   *     passing the elfproef
   */
  public static Bsn of(String value) {
    return new Bsn(value);
  }

  /** True when {@code candidate}, trimmed, is nine digits passing the elfproef. */
  public static boolean isValid(String candidate) {
    if (candidate == null) {
      return false;
    }
    String digits = candidate.strip();
    if (digits.length() != 9) {
      return false;
    }
    int sum = 0;
    boolean allZero = true;
    for (int i = 0; i < 9; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int digit = c - '0';
      allZero &= digit == 0;
      sum += digit * (i < 8 ? 9 - i : -1);
    }
    return !allZero && sum % 11 == 0;
  }

  /** The last four digits, the rest replaced by asterisks, e.g. {@code "*****4782"}. */
  public String masked() {
    return "*****" + value.substring(5);
  }

  /**
   * The number's look-up hash: lower-case hex SHA-256 of the nine digits. For a place that must
   * find a citizen by the full number without storing it, e.g. the process variable the task list
   * searches on ({@code citizenBsnHash}). A pseudonym, not anonymous (the number space can be
   * enumerated): it is personal data with the same protection as the number, only kept out of
   * places that are shown or logged.
   */
  public String lookupHash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Returns {@link #masked()}: a BSN never ends up whole in a log line or message. */
  @Override
  public String toString() {
    return masked();
  }
}
