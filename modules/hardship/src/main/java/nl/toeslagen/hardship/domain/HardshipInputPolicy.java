package nl.toeslagen.hardship.domain;

import java.util.Locale;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * What a hardship request and its steps accept: known codes only (kind, benefit, urgency signal,
 * track, outcome, referral, policy-signal category), a valid BSN, and amounts in whole cents within
 * sane bounds (a recovery of EUR 0.01 up to EUR 10 million). Refused input is a 400 naming the
 * field, written nowhere but the audit trail (the refusal itself).
 */
@PolicyRule(
    name = "HardshipInputPolicy",
    guardsNl =
        "Een hardheidsverzoek bevat alleen bekende codes, een geldig BSN en bedragen in hele centen"
            + " binnen redelijke grenzen.",
    guardsEn =
        "A hardship request holds known codes only, a valid BSN and amounts in whole cents within"
            + " sane bounds.",
    legalBasis = "Awb art. 4:2 (gegevens bij de aanvraag); AVG art. 5 lid 1 onder d (juistheid)",
    appliesTo = {"Hardheidsverzoek registreren", "Triage", "Beoordelen", "Noodbetaling vastleggen"})
public final class HardshipInputPolicy {

  public static final String NAME = "HardshipInputPolicy";

  /** The largest recovery accepted, in cents (EUR 10 million): anything above is a typing error. */
  public static final long MAX_AMOUNT_CENTS = 1_000_000_000L;

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

  /** An amount of at least one cent and at most {@link #MAX_AMOUNT_CENTS}. */
  public long amount(String field, Long cents) {
    if (cents == null || cents <= 0 || cents > MAX_AMOUNT_CENTS) {
      refuse(
          field,
          "Vul een bedrag in centen in van 1 tot en met 1.000.000.000 (€ 10 miljoen).",
          "Enter an amount in cents from 1 to 1,000,000,000 (EUR 10 million).");
    }
    return cents;
  }

  /** A valid BSN (eleven-test). */
  public Bsn bsn(String field, String value) {
    if (value == null || !Bsn.isValid(value.strip())) {
      refuse(field, "Vul een geldig BSN in (9 cijfers).", "Enter a valid BSN (9 digits).");
    }
    return Bsn.of(value.strip());
  }

  /** Required text. */
  public String text(String field, String value, String whatNl, String whatEn) {
    if (value == null || value.isBlank()) {
      refuse(field, "Vul " + whatNl + " in.", "Enter " + whatEn + ".");
    }
    return value.strip();
  }

  private static String shorten(String value) {
    String v = value.strip();
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  private static void refuse(String field, String nl, String en) {
    PolicyDecision.refuse(NAME, nl, en).enforceAsInvalid(field);
  }
}
