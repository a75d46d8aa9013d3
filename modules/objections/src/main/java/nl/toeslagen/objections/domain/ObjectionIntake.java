package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.kernel.Bsn;
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
    IntakeChannel channel) {

  /** Longest accepted text of one ground. */
  public static final int MAX_GROUND_LENGTH = 4000;

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
      String channel) {}

  /**
   * Validates raw input. Field names in exceptions: {@code bsn}, {@code benefitType}, {@code
   * contestedDecision.reference}, {@code contestedDecision.type}, {@code contestedDecision.date},
   * {@code receivedDate}, {@code postmarkDate}, {@code grounds}, {@code channel}.
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
        new ContestedDecision(reference, type, decisionDate),
        received,
        postmark,
        grounds,
        channel);
  }
}
