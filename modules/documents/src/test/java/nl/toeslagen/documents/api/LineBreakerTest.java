package nl.toeslagen.documents.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

  /** Every code point 500 font units wide: at size 10 that is 5 points. */
  private static final LineBreaker.GlyphWidths FIXED = cp -> 500f;

  @Test
  void overlongWordIsCutIntoPiecesThatFitAndLoseNoCharacter() {
    String word = "abcdefghij".repeat(1_000);

    List<String> lines = new LineBreaker(FIXED).wrap(word, 10f, 52f); // 10 characters fit

    assertThat(lines).hasSize(1_000).allSatisfy(l -> assertThat(l).hasSize(10));
    assertThat(String.join("", lines)).isEqualTo(word);
  }

  @Test
  void wordsFillLinesGreedilyAndALongWordStartsOnItsOwnLine() {
    List<String> lines =
        new LineBreaker(FIXED).wrap("een twee  drie " + "x".repeat(25) + " vier", 10f, 50f);

    assertThat(lines).containsExactly("een twee", "drie", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx vier");
  }

  @Test
  void piecesOfAWordWithGlyphsOfDifferentWidthsStayWithinTheWidth() {
    LineBreaker.GlyphWidths widths = cp -> cp == 'W' ? 900f : 300f;
    String word = "WiWiiiWWWiWiWiiiiiiW".repeat(500);

    List<String> lines = new LineBreaker(widths).wrap(word, 10f, 40f);

    assertThat(String.join("", lines)).isEqualTo(word);
    for (String line : lines) {
      float width = (float) line.chars().mapToDouble(c -> widths.width(c)).sum() / 100f;
      assertThat(width).isLessThanOrEqualTo(40f);
    }
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    String word = "\uD83D\uDE00".repeat(30); // emoji outside the BMP

    List<String> lines = new LineBreaker(FIXED).wrap(word, 10f, 20f); // 4 code points fit

    assertThat(lines)
        .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isEqualTo(l.length() / 2));
    assertThat(String.join("", lines)).isEqualTo(word);
  }

  @Test
  void eachDistinctCodePointIsMeasuredOnceSoWrappingIsLinear() {
    AtomicInteger measured = new AtomicInteger();
    LineBreaker breaker =
        new LineBreaker(
            cp -> {
              measured.incrementAndGet();
              return 500f;
            });

    breaker.wrap("ab ".repeat(50_000) + "c".repeat(100_000), 10f, 100f);

    assertThat(measured.get()).isEqualTo(4); // 'a', 'b', 'c' and the space
  }

  @Test
  void blankTextIsOneEmptyLine() {
    assertThat(new LineBreaker(FIXED).wrap("   ", 10f, 50f)).containsExactly("");
  }
}
