package nl.toeslagen.kernel;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to (an article of) a regulation in the BWB (Basiswettenbestand), e.g. {@code
 * BWBR0018472 art. 26a} for Awir article 26a. {@link #jci()} gives the Juriconnect identifier used
 * by wetten.overheid.nl.
 *
 * @param bwbId the BWB id, e.g. {@code "BWBR0018472"}
 * @param article the article, e.g. {@code "26a"} or {@code "7:10"}; {@code null} refers to the
 *     regulation as a whole
 */
public record LegalReference(String bwbId, String article) implements Serializable {

  private static final Pattern BWB_ID = Pattern.compile("BWB[RV]\\d{7}");
  private static final Pattern ARTICLE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z:.]*");
  private static final Pattern TEXT =
      Pattern.compile(
          "(BWB[RV]\\d{7})(?:\\s+(?:art\\.|artikel)\\s*([0-9A-Za-z][0-9A-Za-z:.]*))?",
          Pattern.CASE_INSENSITIVE);

  /** Validates; the BWB id is put in upper case, a blank article becomes {@code null}. */
  public LegalReference {
    bwbId = bwbId == null ? null : bwbId.strip().toUpperCase(Locale.ROOT);
    if (bwbId == null || !BWB_ID.matcher(bwbId).matches()) {
      throw invalid();
    }
    article = article == null || article.isBlank() ? null : article.strip();
    if (article != null && !ARTICLE.matcher(article).matches()) {
      throw invalid();
    }
  }

  public static LegalReference of(String bwbId, String article) {
    return new LegalReference(bwbId, article);
  }

  /**
   * Parses the form produced by {@link #toString()}: {@code "BWBR0018472 art. 26a"} ({@code
   * "artikel"} is accepted for {@code "art."}) or just {@code "BWBR0018472"}.
   *
   * @throws ValidationException (field {@code "legalReference"}) for any other text
   */
  public static LegalReference parse(String text) {
    Matcher m = text == null ? null : TEXT.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw invalid();
    }
    return new LegalReference(m.group(1), m.group(2));
  }

  private static ValidationException invalid() {
    return new ValidationException(
        "legalReference",
        "De wettelijke grondslag moet de vorm 'BWBR0018472 art. 26a' hebben.",
        "The legal reference must look like 'BWBR0018472 art. 26a'.");
  }

  /** The Juriconnect id, e.g. {@code "jci1.3:c:BWBR0018472&artikel=26a"}. */
  public String jci() {
    return "jci1.3:c:" + bwbId + (article == null ? "" : "&artikel=" + article);
  }

  /** Link to the current text on wetten.overheid.nl. */
  public String url() {
    return "https://wetten.overheid.nl/" + jci();
  }

  /** E.g. {@code "BWBR0018472 art. 26a"}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return article == null ? bwbId : bwbId + " art. " + article;
  }
}
