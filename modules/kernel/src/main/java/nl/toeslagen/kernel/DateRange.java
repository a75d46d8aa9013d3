package nl.toeslagen.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The plausible range of every date a client may send, per kind of date, with the reason. One place
 * for all ranges: the request types refer to these with {@link
 * nl.toeslagen.kernel.validation.PlausibleDate}, so a date outside its range is refused with a 400
 * before anything is written.
 */
public enum DateRange {

  /**
   * The date (dagtekening) of a contested benefit decision: not before 1 January 2006, when the
   * Awir took effect (no benefit decision of Dienst Toeslagen is older), and not after today.
   */
  CONTESTED_DECISION(
      0,
      "niet voor 1 januari 2006 (inwerkingtreding Awir) en niet na vandaag",
      "not before 1 January 2006 (the Awir took effect) and not after today"),

  /**
   * A date on which something already happened (an objection received, a postmark, a phone call, a
   * repair, a notice of default, a request for a zienswijze, an earlier fine): not before 2006 and
   * not in the future.
   */
  PAST_EVENT(
      0,
      "niet voor 1 januari 2006 en niet in de toekomst",
      "not before 1 January 2006 and not in the future"),

  /**
   * The terms calculator: a decision date from 2006 up to one year ahead (to plan a decision that
   * is about to be sent).
   */
  TERMS_CALCULATION(
      1,
      "niet voor 1 januari 2006 en hoogstens een jaar vooruit",
      "not before 1 January 2006 and at most one year ahead"),

  /**
   * A date set by the handler for something to come: a repair period (Awb 6:6), a hearing (Awb
   * 7:2), a postponement with the objector's consent (Awb 7:10 lid 4): at most two years ahead — no
   * term of the Awb runs longer.
   */
  PLANNED(
      2,
      "niet voor 1 januari 2006 en hoogstens twee jaar vooruit",
      "not before 1 January 2006 and at most two years ahead"),

  /**
   * The date until which a fraud signal is kept, and the reference date of a retention run: at most
   * ten years ahead (the longest retention the processing register allows for supervision files).
   */
  RETENTION(
      10,
      "niet voor 1 januari 2006 en hoogstens tien jaar vooruit",
      "not before 1 January 2006 and at most ten years ahead");

  /** The Awir (Algemene wet inkomensafhankelijke regelingen) took effect on 1 January 2006. */
  public static final LocalDate AWIR_IN_FORCE = LocalDate.of(2006, 1, 1);

  /** Dates are Dutch dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final int yearsAhead;
  private final String ruleNl;
  private final String ruleEn;

  DateRange(int yearsAhead, String ruleNl, String ruleEn) {
    this.yearsAhead = yearsAhead;
    this.ruleNl = ruleNl;
    this.ruleEn = ruleEn;
  }

  public LocalDate earliest() {
    return AWIR_IN_FORCE;
  }

  /** The latest plausible date, relative to today. */
  public LocalDate latest(LocalDate today) {
    return today.plusYears(yearsAhead);
  }

  public boolean contains(LocalDate date, LocalDate today) {
    return !date.isBefore(earliest()) && !date.isAfter(latest(today));
  }

  /** Today in the Netherlands by this clock. */
  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /** The rule in plain Dutch, e.g. "niet voor 1 januari 2006 en niet na vandaag". */
  public String ruleNl() {
    return ruleNl;
  }

  public String ruleEn() {
    return ruleEn;
  }
}
