package nl.toeslagen.documents.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy word wrap in time linear in the text's length: every code point is measured once (widths
 * come from a per-code-point cache) and line widths are summed as the line grows, never re-measured
 * from the start. Spaces separate words; a word wider than the line is cut between code points, so
 * no character is lost. The text must not contain {@code '\n'} (the caller splits hard breaks).
 */
final class LineBreaker {

  /** Width of one code point in font units (1/1000 of the font size). */
  @FunctionalInterface
  interface GlyphWidths {
    float width(int codePoint);
  }

  private final GlyphWidths glyphs;
  private final Map<Integer, Float> cache = new HashMap<>();

  LineBreaker(GlyphWidths glyphs) {
    this.glyphs = glyphs;
  }

  /**
   * Breaks one line of text into lines no wider than {@code maxWidth} points at font size {@code
   * size}. Runs of spaces collapse to one; leading and trailing spaces are dropped. Always returns
   * at least one line (the empty string for blank text).
   */
  List<String> wrap(String text, float size, float maxWidth) {
    float max = maxWidth * 1000f / size; // the limit in font units
    float space = width(' ');
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float lineWidth = 0f;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      float wordWidth = 0f;
      while (i < n && text.charAt(i) != ' ') {
        int cp = text.codePointAt(i);
        wordWidth += width(cp);
        i += Character.charCount(cp);
      }
      if (line.length() > 0 && lineWidth + space + wordWidth <= max) {
        line.append(' ').append(text, start, i);
        lineWidth += space + wordWidth;
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0f;
      }
      if (wordWidth <= max) {
        line.append(text, start, i);
        lineWidth = wordWidth;
        continue;
      }
      // The word alone is too wide: cut it into pieces that fit, one code point at a time.
      int j = start;
      while (j < i) {
        int cp = text.codePointAt(j);
        float w = width(cp);
        if (line.length() > 0 && lineWidth + w > max) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0f;
        }
        line.appendCodePoint(cp);
        lineWidth += w;
        j += Character.charCount(cp);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private float width(int codePoint) {
    Float w = cache.get(codePoint);
    if (w == null) {
      w = glyphs.width(codePoint);
      cache.put(codePoint, w);
    }
    return w;
  }
}
