package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "AddedGroundPolicy" (Awb 6:5, 6:6, 7:2, 7:11): the grounds of an objection may be
 * supplemented until the decision on the objection is made: after a repair request, at the hearing
 * or in writing. Each added ground is kept with its date of receipt and source and must be answered
 * in the decision like every other ground.
 *
 * <ul>
 *   <li>{@link #mayAdd}: not once the decision is sent or the objection withdrawn (closed), and not
 *       while a drafted decision is with the reviewer or being sent (reject it first): 409;
 *   <li>{@link #evaluate}: the text is not blank, not longer than {@link
 *       ObjectionIntake#MAX_GROUND_LENGTH} and not already a ground of the objection ({@code
 *       text}); the case holds at most {@link #MAX_GROUNDS} grounds ({@code text}); the date of
 *       receipt is not in the future and not before the objection was received; AFTER_REPAIR needs
 *       a repair request and a date on or after it; HEARING needs a planned hearing and a date on
 *       or after its day ({@code receivedOn}); all 400.
 * </ul>
 */
@PolicyRule(
    name = "AddedGroundPolicy",
    guardsNl =
        "Gronden kunnen tot de beslissing op bezwaar worden aangevuld (na herstel, op de"
            + " hoorzitting of schriftelijk), elk met datum van ontvangst en bron; elke grond wordt"
            + " in de beslissing beantwoord. Na verzending van de beslissing kan dat niet meer.",
    guardsEn =
        "Grounds can be added until the decision on the objection (after repair, at the hearing"
            + " or in writing), each with its date of receipt and source; every ground is answered"
            + " in the decision. Once the decision is sent this is no longer possible.",
    legalBasis = "Awb art. 6:5, 6:6, 7:2 en 7:11",
    appliesTo = {"Grond aanvullen"})
public final class AddedGroundPolicy {

  public static final String NAME = "AddedGroundPolicy";

  /** At most this many grounds (intake and added) per objection: the decision answers them all. */
  public static final int MAX_GROUNDS = 20;

  private static final LegalReference BASIS = Laws.awb("6:6");

  /** May a ground be added in this stage? Refused as a conflict (409). */
  public PolicyDecision mayAdd(Stage stage) {
    if (stage == Stage.DECIDED) {
      return PolicyDecision.refuse(
          NAME,
          "De beslissing op bezwaar is al verstuurd; een grond kan niet meer worden aangevuld.",
          "The decision on the objection has been sent; a ground can no longer be added.",
          Laws.awb("7:11"));
    }
    if (stage == Stage.WITHDRAWN) {
      return PolicyDecision.refuse(
          NAME,
          "Het bezwaar is ingetrokken; een grond kan niet meer worden aangevuld.",
          "The objection was withdrawn; a ground can no longer be added.",
          Laws.awb("6:21"));
    }
    if (stage == Stage.REVIEW || stage == Stage.SENDING) {
      return PolicyDecision.refuse(
          NAME,
          "Er ligt een beslissing klaar die de nieuwe grond niet beantwoordt. Laat die eerst"
              + " afkeuren en stel de beslissing opnieuw op.",
          "A drafted decision is waiting that does not answer the new ground. Have it rejected"
              + " first and draft the decision again.",
          Laws.awb("7:11"));
    }
    return PolicyDecision.allow(
        NAME,
        "Een grond kan nog worden aangevuld (" + stage + ").",
        "A ground can still be added (" + stage + ").",
        BASIS);
  }

  /**
   * Is this ground acceptable? A refusal names its field ({@code text} or {@code receivedOn}).
   *
   * @param text the stripped text of the ground
   * @param existing every ground of the objection so far (intake and added)
   */
  public RuleVerdict evaluate(
      String text,
      LocalDate receivedOn,
      GroundSource source,
      List<String> existing,
      LocalDate objectionReceived,
      RepairRequest repair,
      Hearing hearing,
      LocalDate today) {
    if (text == null || text.isBlank()) {
      return refuse("text", "Geef de tekst van de grond.", "Give the text of the ground.", BASIS);
    }
    if (text.length() > ObjectionIntake.MAX_GROUND_LENGTH) {
      return refuse(
          "text",
          "De grond is te lang (hoogstens " + ObjectionIntake.MAX_GROUND_LENGTH + " tekens).",
          "The ground is too long (at most " + ObjectionIntake.MAX_GROUND_LENGTH + " characters).",
          BASIS);
    }
    if (existing.contains(text)) {
      return refuse(
          "text",
          "Deze grond is al aangevoerd; elke grond wordt één keer beantwoord.",
          "This ground was already raised; every ground is answered once.",
          BASIS);
    }
    if (existing.size() >= MAX_GROUNDS) {
      return refuse(
          "text",
          "Een bezwaar heeft hoogstens " + MAX_GROUNDS + " gronden.",
          "An objection has at most " + MAX_GROUNDS + " grounds.",
          BASIS);
    }
    if (receivedOn.isAfter(today)) {
      return refuse(
          "receivedOn",
          "De datum van ontvangst ligt in de toekomst.",
          "The date of receipt is in the future.",
          BASIS);
    }
    if (receivedOn.isBefore(objectionReceived)) {
      return refuse(
          "receivedOn",
          "De datum van ontvangst ligt voor de ontvangst van het bezwaar ("
              + objectionReceived
              + ").",
          "The date of receipt is before the objection was received (" + objectionReceived + ").",
          BASIS);
    }
    switch (source) {
      case AFTER_REPAIR -> {
        if (repair == null) {
          return refuse(
              "source",
              "Er is geen verzoek om herstel gestuurd; kies een andere bron.",
              "No repair request was sent; choose another source.",
              BASIS);
        }
        if (receivedOn.isBefore(repair.requestedOn())) {
          return refuse(
              "receivedOn",
              "Een grond na herstel komt op of na het verzoek om herstel ("
                  + repair.requestedOn()
                  + ").",
              "A ground after repair arrives on or after the repair request ("
                  + repair.requestedOn()
                  + ").",
              BASIS);
        }
      }
      case HEARING -> {
        if (hearing == null || hearing.skipped()) {
          return refuse(
              "source",
              "Er is geen hoorzitting gepland; kies een andere bron.",
              "No hearing was scheduled; choose another source.",
              Laws.awb("7:2"));
        }
        if (receivedOn.isBefore(hearing.scheduledAt().toLocalDate())) {
          return refuse(
              "receivedOn",
              "Een grond van de hoorzitting kan niet voor de hoorzitting ("
                  + hearing.scheduledAt().toLocalDate()
                  + ") zijn ontvangen.",
              "A ground raised at the hearing cannot be received before the hearing ("
                  + hearing.scheduledAt().toLocalDate()
                  + ").",
              Laws.awb("7:2"));
        }
      }
      case WRITTEN -> {
        // any day from the receipt of the objection up to today
      }
    }
    return RuleVerdict.allowed(
        PolicyDecision.allow(
            NAME,
            "Grond aangevuld, ontvangen op " + receivedOn + " (" + source.nl() + ").",
            "Ground added, received on " + receivedOn + " (" + source.en() + ").",
            BASIS));
  }

  private static RuleVerdict refuse(String field, String nl, String en, LegalReference basis) {
    return RuleVerdict.refused(PolicyDecision.refuse(NAME, nl, en, basis), field);
  }
}
