package nl.toeslagen.riskselection.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The bias report of one selection run: per protected attribute, each group's share among the
 * selected cases against its share in the random control sample of the same batch (see {@link
 * BiasMonitor}). When {@link #flagged()}, {@link BiasDisparityPolicy#evaluate(BiasReport)} refuses:
 * the rule set must be suspended until the disparity is explained.
 *
 * @param totalCases the cases in the batch
 * @param selectedCount the cases the rules selected
 * @param controlCount the cases in the control sample
 * @param method the significance test used, e.g. {@code "Fisher's exact test (two-sided)"}
 * @param attributes one report per protected attribute, in the order asked for (copied)
 * @param flagged whether any group of any attribute is flagged
 */
public record BiasReport(
    int totalCases,
    int selectedCount,
    int controlCount,
    String method,
    List<AttributeReport> attributes,
    boolean flagged) {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  public BiasReport {
    Objects.requireNonNull(method, "method");
    attributes = List.copyOf(attributes);
  }

  /** A report whose flag is that of its attributes. */
  public static BiasReport of(
      int totalCases,
      int selectedCount,
      int controlCount,
      String method,
      List<AttributeReport> attributes) {
    return new BiasReport(
        totalCases,
        selectedCount,
        controlCount,
        method,
        attributes,
        attributes.stream().anyMatch(AttributeReport::flagged));
  }

  /**
   * True when there was something to compare: at least one selected case and at least one control
   * case. Otherwise every group is reported unflagged with no ratio.
   */
  public boolean comparable() {
    return selectedCount > 0 && controlCount > 0;
  }

  /** The report of {@code attribute}, or {@code null} when it was not assessed. */
  public AttributeReport attribute(String attribute) {
    return attributes.stream()
        .filter(a -> a.attribute().equals(attribute))
        .findFirst()
        .orElse(null);
  }

  /** The flagged (attribute, group) pairs as {@code "attribute=group"}, e.g. {@code "taal=tr"}. */
  public List<String> flaggedPairs() {
    List<String> pairs = new ArrayList<>();
    for (AttributeReport attribute : attributes) {
      for (GroupRate group : attribute.flaggedGroups()) {
        pairs.add(attribute.attribute() + "=" + group.group());
      }
    }
    return pairs;
  }

  /**
   * The flagged groups in Dutch, for the audit trail, e.g. {@code "nationaliteit = TR: 30,0% van de
   * selectie tegen 10,0% van de steekproef (verhouding 3,00; p = 0,0001)"}; entries separated by
   * {@code "; "}.
   */
  public String flaggedSummaryNl() {
    List<String> lines = new ArrayList<>();
    for (AttributeReport attribute : attributes) {
      for (GroupRate g : attribute.flaggedGroups()) {
        String head = attribute.attribute() + " = " + g.group() + ": ";
        if (g.disparityRatio() == null) {
          lines.add(
              head
                  + String.format(
                      DUTCH,
                      "%d geselecteerd (%.1f%% van de selectie), niet in de steekproef",
                      g.selectedCount(),
                      100 * g.selectedShare()));
        } else {
          lines.add(
              head
                  + String.format(
                      DUTCH,
                      "%.1f%% van de selectie tegen %.1f%% van de steekproef (verhouding %.2f; %s)",
                      100 * g.selectedShare(),
                      100 * g.controlShare(),
                      g.disparityRatio(),
                      p(DUTCH, g.pValue())));
        }
      }
    }
    return lines.isEmpty() ? "Geen groep wijkt significant af." : String.join("; ", lines);
  }

  /**
   * The flagged groups in English, e.g. {@code "nationaliteit = TR: 30.0% of the selection against
   * 10.0% of the control sample (ratio 3.00; p = 0.0001)"}; entries separated by {@code "; "}.
   */
  public String flaggedSummaryEn() {
    List<String> lines = new ArrayList<>();
    for (AttributeReport attribute : attributes) {
      for (GroupRate g : attribute.flaggedGroups()) {
        String head = attribute.attribute() + " = " + g.group() + ": ";
        if (g.disparityRatio() == null) {
          lines.add(
              head
                  + String.format(
                      Locale.ROOT,
                      "%d selected (%.1f%% of the selection), absent from the control sample",
                      g.selectedCount(),
                      100 * g.selectedShare()));
        } else {
          lines.add(
              head
                  + String.format(
                      Locale.ROOT,
                      "%.1f%% of the selection against %.1f%% of the control sample (ratio %.2f;"
                          + " %s)",
                      100 * g.selectedShare(),
                      100 * g.controlShare(),
                      g.disparityRatio(),
                      p(Locale.ROOT, g.pValue())));
        }
      }
    }
    return lines.isEmpty() ? "No group differs significantly." : String.join("; ", lines);
  }

  private static String p(Locale locale, Double p) {
    if (p == null) {
      return "p = -";
    }
    return p < 0.0001
        ? String.format(locale, "p < %.4f", 0.0001)
        : String.format(locale, "p = %.4f", p);
  }
}
