package nl.toeslagen.web.rest;

import jakarta.validation.ConstraintViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.validation.PlausibleDate;
import nl.toeslagen.kernel.validation.PlausibleDateValidator;

/**
 * The Dutch and English text of a constraint violation, understandable to a case worker, built from
 * the constraint and its attributes (the validator's own single-language message is not used).
 * {@code @Pattern} constraints name their text with a message key listed in {@link #PATTERNS}.
 */
final class ViolationTexts {

  record Text(String nl, String en) {}

  /** Texts of the {@code @Pattern} constraints, by their message key. */
  static final Map<String, Text> PATTERNS =
      Map.ofEntries(
          Map.entry(
              "{toeslagen.boolean}",
              new Text("Kies 'true' of 'false'.", "Choose 'true' or 'false'.")),
          Map.entry(
              "{toeslagen.notificationPageSize}",
              new Text(
                  "Het aantal meldingen per pagina is een heel getal van 1 tot en met 100.",
                  "The number of notifications per page is a whole number from 1 to 100.")),
          Map.entry(
              "{toeslagen.userName}",
              new Text(
                  "Een gebruikersnaam heeft 3 tot 64 tekens: kleine letters, cijfers, punt,"
                      + " streepje of liggend streepje, en begint met een letter.",
                  "A user name has 3 to 64 characters: lower-case letters, digits, dot, dash or"
                      + " underscore, starting with a letter.")),
          Map.entry(
              "{toeslagen.idempotencyKey}",
              new Text(
                  "De Idempotency-Key heeft 1 tot 100 tekens: letters, cijfers, punt, dubbele punt,"
                      + " streepje of liggend streepje (een UUID past).",
                  "The Idempotency-Key has 1 to 100 characters: letters, digits, dot, colon, dash"
                      + " or underscore (a UUID fits).")),
          Map.entry(
              "{toeslagen.taskScope}",
              new Text("Kies 'mine', 'team' of 'all'.", "Choose 'mine', 'team' or 'all'.")),
          Map.entry(
              "{toeslagen.caseNumber}",
              new Text(
                  "Het zaaknummer is ongeldig: verwacht wordt bijvoorbeeld BZ-2026-000123.",
                  "The case number is invalid: expected for example BZ-2026-000123.")),
          Map.entry(
              "{toeslagen.amount}",
              new Text(
                  "Het bedrag moet een getal in euro's zijn met hoogstens twaalf cijfers en twee"
                      + " decimalen, zoals 1234,56.",
                  "The amount must be a number of euros with at most twelve digits and two"
                      + " decimals, like 1234,56.")),
          Map.entry(
              "{toeslagen.page}",
              new Text(
                  "Het paginanummer is een heel getal vanaf 0 (de eerste pagina), hoogstens"
                      + " 999999.",
                  "The page number is a whole number from 0 (the first page), at most 999999.")),
          Map.entry(
              "{toeslagen.pageSize}",
              new Text(
                  "Het aantal per pagina is een heel getal van 1 tot en met 200.",
                  "The page size is a whole number from 1 to 200.")),
          Map.entry(
              "{toeslagen.taskSort}",
              new Text(
                  "Sorteer op deadline, caseLabel, caseNumber, citizen, benefitType, stage,"
                      + " assignee, created of daysLeft.",
                  "Sort by deadline, caseLabel, caseNumber, citizen, benefitType, stage, assignee,"
                      + " created or daysLeft.")),
          Map.entry(
              "{toeslagen.sortDirection}",
              new Text(
                  "Kies 'asc' (oplopend) of 'desc' (aflopend).",
                  "Choose 'asc' (ascending) or 'desc' (descending).")),
          Map.entry(
              "{toeslagen.taskQuery}",
              new Text(
                  "Zoek met hoogstens 100 tekens: een zaaknummer, een deel ervan of een BSN.",
                  "Search with at most 100 characters: a case number, part of one or a BSN.")),
          Map.entry(
              "{toeslagen.featureCode}",
              new Text(
                  "Een kenmerk is een code uit de kenmerkencatalogus: kleine letters, cijfers en"
                      + " liggende streepjes (hoogstens 40 tekens), zoals inkomenswijziging_pct.",
                  "A feature is a code from the feature catalogue: lower-case letters, digits and"
                      + " underscores (at most 40 characters), like inkomenswijziging_pct.")),
          Map.entry(
              "{toeslagen.comparison}",
              new Text("Kies EQ, NE, LT, LE, GT of GE.", "Choose EQ, NE, LT, LE, GT or GE.")),
          Map.entry(
              "{toeslagen.batchId}",
              new Text(
                  "Een batchnummer heeft 1 tot 60 tekens: letters, cijfers, punt, streepje of"
                      + " liggend streepje, en begint met een letter of cijfer.",
                  "A batch id has 1 to 60 characters: letters, digits, dot, dash or underscore,"
                      + " starting with a letter or digit.")),
          Map.entry(
              "{toeslagen.classification}",
              new Text(
                  "Kies ALLOWED, PROXY_SUSPECT of PROHIBITED.",
                  "Choose ALLOWED, PROXY_SUSPECT or PROHIBITED.")),
          Map.entry(
              "{toeslagen.code}",
              new Text(
                  "Een code bestaat uit letters, cijfers en liggende streepjes (hoogstens 64"
                      + " tekens) en begint met een letter, zoals HUURTOESLAG.",
                  "A code consists of letters, digits and underscores (at most 64 characters),"
                      + " starting with a letter, like HUURTOESLAG.")));

  private ViolationTexts() {}

  static Text of(ConstraintViolation<?> v, String field, Clock clock) {
    var descriptor = v.getConstraintDescriptor();
    Map<String, Object> attrs = descriptor.getAttributes();
    String type = descriptor.getAnnotation().annotationType().getSimpleName();
    Object value = v.getInvalidValue();
    String f = "'" + field + "'";
    switch (type) {
      case "NotNull", "NotBlank":
        return new Text("Veld " + f + " is verplicht.", "Field " + f + " is required.");
      case "NotEmpty":
        return new Text(
            "Veld " + f + " is verplicht: geef ten minste één waarde.",
            "Field " + f + " is required: give at least one value.");
      case "Size":
        {
          int min = (Integer) attrs.get("min");
          int max = (Integer) attrs.get("max");
          boolean text = value instanceof CharSequence;
          int size =
              text
                  ? ((CharSequence) value).length()
                  : value instanceof Collection<?> c ? c.size() : -1;
          String unitNl = text ? " tekens" : " waarden";
          String unitEn = text ? " characters" : " values";
          if (size >= 0 && size < min) {
            return new Text(
                "Veld " + f + " is te kort: ten minste " + min + unitNl + ".",
                "Field " + f + " is too short: at least " + min + unitEn + ".");
          }
          return new Text(
              "Veld " + f + " is te lang: hoogstens " + max + unitNl + ".",
              "Field " + f + " is too long: at most " + max + unitEn + ".");
        }
      case "Min", "PositiveOrZero", "Positive":
        {
          Object min = attrs.getOrDefault("value", type.equals("Positive") ? 1 : 0);
          return new Text(
              "Veld " + f + " moet ten minste " + min + " zijn.",
              "Field " + f + " must be at least " + min + ".");
        }
      case "Max":
        return new Text(
            "Veld " + f + " mag hoogstens " + attrs.get("value") + " zijn.",
            "Field " + f + " must be at most " + attrs.get("value") + ".");
      case "Pattern":
        {
          Text known = PATTERNS.get(v.getMessageTemplate());
          return known != null
              ? known
              : new Text(
                  "Veld " + f + " heeft niet de juiste vorm.",
                  "Field " + f + " does not have the right form.");
        }
      case "MaxTotalLength":
        return new Text(
            "Veld "
                + f
                + " is samen te lang: hoogstens "
                + attrs.get("value")
                + " tekens in totaal.",
            "Field "
                + f
                + " is too long together: at most "
                + attrs.get("value")
                + " characters in all.");
      case "PlausibleDate":
        {
          DateRange range = ((PlausibleDate) descriptor.getAnnotation()).value();
          if (value instanceof String s && PlausibleDateValidator.parse(s) == null) {
            return new Text(
                "Veld " + f + " is geen geldige datum (jjjj-mm-dd).",
                "Field " + f + " is not a valid date (yyyy-mm-dd).");
          }
          LocalDate today = DateRange.today(clock);
          return new Text(
              "Veld "
                  + f
                  + " ligt buiten het mogelijke bereik: "
                  + range.ruleNl()
                  + " (uiterlijk "
                  + range.latest(today)
                  + ").",
              "Field "
                  + f
                  + " is out of the plausible range: "
                  + range.ruleEn()
                  + " (at the latest "
                  + range.latest(today)
                  + ").");
        }
      default:
        return new Text(
            "Veld " + f + " is ongeldig.", "Field " + f + " is not valid: " + v.getMessage());
    }
  }
}
