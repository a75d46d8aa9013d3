package nl.toeslagen.riskselection.domain;

import java.util.List;

/**
 * Why a case was selected (or drawn in the control sample): which indicators fired, their points,
 * the total against the threshold, and the rule-set version that scored it.
 *
 * @param ruleSetId the rule-set version
 * @param ruleSetName its name
 * @param ruleSetVersion its version number
 * @param threshold its threshold
 * @param total the case's points
 * @param selected whether the total reached the threshold
 * @param controlSample whether the case was drawn in the random control sample
 * @param fired the indicators that fired
 */
public record Explanation(
    String ruleSetId,
    String ruleSetName,
    int ruleSetVersion,
    int threshold,
    long total,
    boolean selected,
    boolean controlSample,
    List<FiredIndicator> fired) {

  public Explanation {
    fired = List.copyOf(fired);
  }

  /** The explanation in plain Dutch, as the signal carries it. */
  public String describeNl() {
    StringBuilder text = new StringBuilder();
    if (selected) {
      text.append("Geselecteerd door regelset '")
          .append(ruleSetName)
          .append("' versie ")
          .append(ruleSetVersion)
          .append(": ")
          .append(total)
          .append(" punten, drempel ")
          .append(threshold)
          .append(".");
    } else {
      text.append("Niet geselecteerd (")
          .append(total)
          .append(" punten, drempel ")
          .append(threshold)
          .append(").");
    }
    if (controlSample) {
      text.append(" Getrokken in de aselecte steekproef (controlegroep).");
    }
    for (FiredIndicator f : fired) {
      text.append(" ")
          .append(f.name())
          .append(" (")
          .append(f.feature())
          .append(" ")
          .append(f.condition())
          .append("; waarde ")
          .append(f.value())
          .append("): ")
          .append(f.points())
          .append(" punten.");
    }
    text.append(" Een selectie is geen verdenking; een medewerker beoordeelt de zaak.");
    return text.toString();
  }
}
