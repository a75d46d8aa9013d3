package nl.toeslagen.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 hashing for the chain. */
public final class Hashing {

  /** The "previous hash" of the first entry: 64 zeros. */
  public static final String GENESIS_HASH = "0".repeat(64);

  private Hashing() {}

  /** Lower-case hex SHA-256 of the UTF-8 bytes of the text. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
