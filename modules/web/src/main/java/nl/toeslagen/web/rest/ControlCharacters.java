package nl.toeslagen.web.rest;

/**
 * Control characters have no place in what a person types: a NUL cannot be stored by PostgreSQL,
 * and the others break letters and exports. Tab, line feed and carriage return are text.
 */
final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether {@code text} holds a C0 control character other than tab, LF or CR, or DEL. */
  static boolean present(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }
}
