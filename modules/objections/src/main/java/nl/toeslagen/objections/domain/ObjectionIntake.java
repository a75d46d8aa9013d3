package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.ValidationException;

/**
 * A validated objection as received. Build it with {@link #validate}, which names the offending
 * field on any bad input.
 */
public record ObjectionIntake(
    Bsn bsn,
    BenefitType benefitType,
    ContestedDecision contestedDecision,
    LocalDate receivedDate,
    LocalDate postmarkDate,
    List<String> grounds,
    IntakeChannel channel,
    Money amountAtStake) {

  /** Longest accepted text of one ground. */
  public static final int MAX_GROUND_LENGTH = 4000;

  /** Highest accepted amount at stake on the contested decision: EUR 1,000,000 in cents. */
  public static final long MAX_AMOUNT_AT_STAKE_CENTS = 100_000_000L;

  /** The first benefit year under the Awir (in force since 1 January 2006). */
  public static final int FIRST_BENEFIT_YEAR = 2006;

  /** An intake without a recorded amount at stake. */
  public ObjectionIntake(
      Bsn bsn,
      BenefitType benefitType,
      ContestedDecision contestedDecision,
      LocalDate receivedDate,
      LocalDate postmarkDate,
      List<String> grounds,
      IntakeChannel channel) {
    this(bsn, benefitType, contestedDecision, receivedDate, postmarkDate, grounds, channel, null);
  }

  public ObjectionIntake {
    Objects.requireNonNull(bsn, "bsn");
    Objects.requireNonNull(benefitType, "benefitType");
    Objects.requireNonNull(contestedDecision, "contestedDecision");
    Objects.requireNonNull(receivedDate, "receivedDate");
    Objects.requireNonNull(channel, "channel");
    grounds = List.copyOf(grounds);
  }

  /** The raw input as a form or JSON body delivers it: text only. */
  public record Raw(
      String bsn,
      String benefitType,
      String contestedReference,
      String contestedType,
      String contestedDate,
      String receivedDate,
      String postmarkDate,
      List<String> grounds,
      String channel,
      Long amountAtStakeCents,
      Integer contestedBenefitYear) {

    /** Raw input without amount at stake and benefit year. */
    public Raw(
        String bsn,
        String benefitType,
        String contestedReference,
        String contestedType,
        String contestedDate,
        String receivedDate,
        String postmarkDate,
        List<String> grounds,
        String channel) {
      this(
          bsn,
          benefitType,
          contestedReference,
          contestedType,
          contestedDate,
          receivedDate,
          postmarkDate,
          grounds,
          channel,
          null,
          null);
    }
  }

  /**
   * Validates raw input. Field names in exceptions: {@code bsn}, {@code benefitType}, {@code
   * contestedDecision.reference}, {@code contestedDecision.type}, {@code contestedDecision.date},
   * {@code receivedDate}, {@code postmarkDate}, {@code grounds}, {@code channel}, {@code
   * contestedDecision.benefitYear}, {@code amountAtStakeCents}.
   *
   * @param today the current date: no date may lie after it
   */
  public static ObjectionIntake validate(Raw raw, LocalDate today) {
    Objects.requireNonNull(raw, "raw");
    Bsn bsn = Bsn.of(Fields.required("bsn", raw.bsn()));
    BenefitType benefit = Fields.enumValue("benefitType", BenefitType.class, raw.benefitType());
    String reference = Fields.required("contestedDecision.reference", raw.contestedReference());
    if (reference.length() > 64) {
      throw new ValidationException(
          "contestedDecision.reference",
          "Het kenmerk van de beschikking is te lang (hoogstens 64 tekens).",
          "The decision reference is too long (at most 64 characters).");
    }
    ContestedDecisionType type =
        Fields.enumValue(
            "contestedDecision.type", ContestedDecisionType.class, raw.contestedType());
    LocalDate decisionDate = Fields.date("contestedDecision.date", raw.contestedDate());
    Fields.notInFuture("contestedDecision.date", decisionDate, today);
    Integer benefitYear = benefitYear(raw.contestedBenefitYear(), type, decisionDate);
    Money amountAtStake = amountAtStake(raw.amountAtStakeCents());
    LocalDate received = Fields.date("receivedDate", raw.receivedDate());
    Fields.notInFuture("receivedDate", received, today);
    if (received.isBefore(decisionDate)) {
      throw new ValidationException(
          "receivedDate",
          "De ontvangstdatum ligt voor de datum van de beschikking.",
          "The received date is before the date of the contested decision.");
    }
    LocalDate postmark = Fields.optionalDate("postmarkDate", raw.postmarkDate());
    IntakeChannel channel = Fields.enumValue("channel", IntakeChannel.class, raw.channel());
    if (postmark != null) {
      if (channel != IntakeChannel.POST) {
        throw new ValidationException(
            "postmarkDate",
            "Een poststempel hoort alleen bij een bezwaar dat per post is verstuurd.",
            "A postmark only belongs to an objection sent by post.");
      }
      if (postmark.isAfter(received)) {
        throw new ValidationException(
            "postmarkDate",
            "De datum van het poststempel ligt na de ontvangstdatum.",
            "The postmark date is after the received date.");
      }
      if (postmark.isBefore(decisionDate)) {
        throw new ValidationException(
            "postmarkDate",
            "De datum van het poststempel ligt voor de datum van de beschikking.",
            "The postmark date is before the date of the contested decision.");
      }
    }
    List<String> grounds =
        raw.grounds() == null
            ? List.of()
            : raw.grounds().stream()
                .filter(g -> g != null && !g.isBlank())
                .map(String::strip)
                .toList();
    // no grounds: a pro forma objection, registered; the grounds are a requirement to repair
    // (Awb 6:6, ProFormaObjectionPolicy)
    if (grounds.stream().anyMatch(g -> g.length() > MAX_GROUND_LENGTH)) {
      throw new ValidationException(
          "grounds",
          "Een grond is te lang (hoogstens " + MAX_GROUND_LENGTH + " tekens).",
          "A ground is too long (at most " + MAX_GROUND_LENGTH + " characters).");
    }
    return new ObjectionIntake(
        bsn,
        benefit,
        new ContestedDecision(reference, type, decisionDate, benefitYear),
        received,
        postmark,
        grounds,
        channel,
        amountAtStake);
  }

  /**
   * The benefit year, optional: from 2006 (the Awir) up to the year after the decision's date; a
   * final award or its revision is over a year that has ended before the decision's date.
   */
  private static Integer benefitYear(
      Integer year, ContestedDecisionType type, LocalDate decisionDate) {
    if (year == null) {
      return null;
    }
    int last = type.overAFinishedYear() ? decisionDate.getYear() - 1 : decisionDate.getYear() + 1;
    if (year < FIRST_BENEFIT_YEAR || year > last) {
      throw new ValidationException(
          "contestedDecision.benefitYear",
          "Het berekeningsjaar moet tussen "
              + FIRST_BENEFIT_YEAR
              + " en "
              + last
              + " liggen"
              + (type.overAFinishedYear()
                  ? " (een definitieve toekenning gaat over een jaar dat voorbij is)."
                  : "."),
          "The benefit year must lie between "
              + FIRST_BENEFIT_YEAR
              + " and "
              + last
              + (type.overAFinishedYear()
                  ? " (a final award is over a year that has ended)."
                  : "."));
    }
    return year;
  }

  /** The amount at stake on the contested decision, in cents: optional, 0 to EUR 1,000,000. */
  private static Money amountAtStake(Long cents) {
    if (cents == null) {
      return null;
    }
    if (cents < 0 || cents > MAX_AMOUNT_AT_STAKE_CENTS) {
      throw new ValidationException(
          "amountAtStakeCents",
          "Het bedrag in de beschikking is in centen, van 0 tot en met 100000000 (€ 1.000.000).",
          "The amount on the decision is in cents, from 0 up to 100000000 (EUR 1,000,000).");
    }
    return Money.ofCents(cents);
  }
}
