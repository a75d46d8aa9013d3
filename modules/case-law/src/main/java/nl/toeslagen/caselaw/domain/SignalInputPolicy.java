package nl.toeslagen.caselaw.domain;

import java.time.LocalDate;
import java.util.Locale;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * What the signal register accepts: a known source (by hand only a complaint, a phone topic or a
 * citizen's letter; the other sources are recorded by the system), a category from the data, a date
 * not in the future and at most ten years back, a case link that names both its kind and a valid
 * id, and a summary of at most 2,000 characters. Refused input is a 400 naming the field, nothing
 * written but the refusal in the audit trail.
 */
@PolicyRule(
    name = "SignalInputPolicy",
    guardsNl =
        "Een signaal heeft een bekende bron (met de hand alleen klacht, telefoononderwerp of brief"
            + " van een burger), een bekende categorie, een datum die niet in de toekomst ligt, een"
            + " volledige koppeling aan een zaak en een samenvatting van hoogstens 2.000 tekens.",
    guardsEn =
        "A signal has a known source (by hand only a complaint, a phone topic or a citizen's"
            + " letter), a known category, a date not in the future, a complete link to a case and a"
            + " summary of at most 2,000 characters.",
    legalBasis =
        "Eigen norm signaalmanagement: signalen (klachten, telefoononderwerpen, burgerbrieven,"
            + " bezwaren) systematisch en centraal bijhouden (Overzicht en toelichting specifieke"
            + " maatregelen Toeslagen en Belastingdienst); AVG art. 5 lid 1 onder c en d"
            + " (minimale en juiste gegevens)",
    appliesTo = {"Signaal registreren", "Signaal vastleggen vanuit een zaak"})
public final class SignalInputPolicy {

  public static final String NAME = "SignalInputPolicy";

  /** How far back a signal may be dated. */
  public static final int MAX_YEARS_BACK = 10;

  /** A source; {@code manualOnly}: only the sources a person registers by hand. */
  public SignalSource source(String field, String value, boolean manualOnly) {
    SignalSource source = code(SignalSource.class, field, value);
    if (manualOnly && !source.manual()) {
      refuse(
          field,
          "Met de hand registreert u alleen een klacht, een telefoononderwerp of een brief van een"
              + " burger; signalen uit bezwaren, hardheidsverzoeken en uitspraken legt het systeem"
              + " zelf vast.",
          "By hand you register only a complaint, a phone topic or a citizen's letter; signals of"
              + " objections, hardship requests and rulings are recorded by the system.");
    }
    return source;
  }

  /** A category of the data. */
  public SignalCategories.Category category(
      SignalCategories categories, String field, String value) {
    if (value == null || value.isBlank()) {
      refuse(field, "Kies een categorie.", "Choose a category.");
    }
    return categories
        .find(value.strip().toUpperCase(Locale.ROOT))
        .orElseThrow(
            () ->
                PolicyDecision.refuse(
                        NAME,
                        "Onbekende categorie: " + shorten(value) + ".",
                        "Unknown category: " + shorten(value) + ".")
                    .violation()
                    .as(nl.toeslagen.kernel.PolicyViolationException.Kind.INVALID)
                    .onField(field));
  }

  /** The date of the signal: given, not after today, at most ten years back. */
  public LocalDate date(String field, LocalDate value, LocalDate today) {
    if (value == null) {
      refuse(field, "Vul de datum van het signaal in.", "Enter the date of the signal.");
    }
    if (value.isAfter(today)) {
      refuse(
          field,
          "De datum van het signaal ligt in de toekomst.",
          "The date of the signal is in the future.");
    }
    if (value.isBefore(today.minusYears(MAX_YEARS_BACK))) {
      refuse(
          field,
          "De datum van het signaal ligt meer dan " + MAX_YEARS_BACK + " jaar terug.",
          "The date of the signal is more than " + MAX_YEARS_BACK + " years back.");
    }
    return value;
  }

  /** The kind of case linked, or null when none is. */
  public SignalCaseType caseType(String field, String value) {
    return value == null || value.isBlank() ? null : code(SignalCaseType.class, field, value);
  }

  /**
   * The id of the case linked: required with a case type and only with one; a case id is a UUID.
   */
  public String caseId(String field, String value, SignalCaseType type, String typeField) {
    boolean given = value != null && !value.isBlank();
    if (!given && type != null) {
      refuse(field, "Vul het kenmerk van de zaak in.", "Enter the case's id.");
    }
    if (given && type == null) {
      refuse(typeField, "Kies het soort zaak bij het kenmerk.", "Choose the kind of case.");
    }
    if (!given) {
      return null;
    }
    try {
      return CaseId.of(value).value();
    } catch (nl.toeslagen.kernel.ValidationException e) {
      refuse(
          field,
          "Het kenmerk van de zaak is ongeldig: verwacht wordt een UUID.",
          "The case id is invalid: a UUID is expected.");
      throw new IllegalStateException("unreachable");
    }
  }

  /** The summary: required, at most {@value Signal#MAX_SUMMARY} characters. */
  public String summary(String field, String value) {
    if (value == null || value.isBlank()) {
      refuse(field, "Vul een samenvatting van het signaal in.", "Enter a summary of the signal.");
    }
    String text = value.strip();
    if (text.length() > Signal.MAX_SUMMARY) {
      refuse(
          field,
          "De samenvatting is langer dan " + Signal.MAX_SUMMARY + " tekens.",
          "The summary is longer than " + Signal.MAX_SUMMARY + " characters.");
    }
    return text;
  }

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

  private static String shorten(String value) {
    String v = value.strip();
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  private static void refuse(String field, String nl, String en) {
    PolicyDecision.refuse(NAME, nl, en).enforceAsInvalid(field);
  }
}
