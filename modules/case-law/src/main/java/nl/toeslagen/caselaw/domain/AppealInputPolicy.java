package nl.toeslagen.caselaw.domain;

import java.time.LocalDate;
import java.util.Locale;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * What an appeal and its steps accept: known codes only (level, appellant, solution, status),
 * stated reasons and summaries, and the days of its steps between the lodging and today. Refused
 * input is a 400 naming the field, written nowhere but the audit trail (the refusal itself).
 */
@PolicyRule(
    name = "AppealInputPolicy",
    guardsNl =
        "Een beroep bevat alleen bekende codes; elke stap legt vast wat er gebeurde en waarom, op"
            + " een datum tussen het instellen en vandaag.",
    guardsEn =
        "An appeal holds known codes only; every step records what happened and why, on a day"
            + " between the lodging and today.",
    legalBasis = "Awb art. 3:2 (zorgvuldigheid) en 3:46 (motivering); AVG art. 5 lid 1 onder d",
    appliesTo = {
      "Beroep vastleggen",
      "Toets vakinhoudelijke lijn",
      "Verweerschrift indienen",
      "Zitting vastleggen"
    })
public final class AppealInputPolicy {

  public static final String NAME = "AppealInputPolicy";

  /** A code of {@code type}, or a refusal naming {@code field}. */
  public <E extends Enum<E>> E code(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      refuse(field, "Kies een waarde voor " + field + ".", "Choose a value for " + field + ".");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      refuse(
          field,
          "Onbekende waarde voor " + field + ": " + shorten(value) + ".",
          "Unknown value for " + field + ": " + shorten(value) + ".");
      throw new IllegalStateException("unreachable");
    }
  }

  /** Required text. */
  public String text(String field, String value, String whatNl, String whatEn) {
    if (value == null || value.isBlank()) {
      PolicyDecision.refuse(
              NAME, "Vul " + whatNl + " in.", "Enter " + whatEn + ".", Laws.awb("3:46"))
          .enforceAsInvalid(field);
    }
    return value.strip();
  }

  /** A step's day: given, not in the future, not before the appeal was lodged. */
  public LocalDate day(String field, LocalDate day, LocalDate lodgedOn, LocalDate today) {
    if (day == null) {
      refuse(field, "Vul de datum in.", "Enter the date.");
    }
    if (day.isAfter(today)) {
      refuse(field, "De datum ligt in de toekomst.", "The date lies in the future.");
    }
    if (day.isBefore(lodgedOn)) {
      refuse(
          field,
          "De datum ligt vóór het instellen van het beroep (" + lodgedOn + ").",
          "The date lies before the appeal was lodged (" + lodgedOn + ").");
    }
    return day;
  }

  private static String shorten(String value) {
    String v = value.strip();
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  private static void refuse(String field, String nl, String en) {
    PolicyDecision.refuse(NAME, nl, en).enforceAsInvalid(field);
  }
}
