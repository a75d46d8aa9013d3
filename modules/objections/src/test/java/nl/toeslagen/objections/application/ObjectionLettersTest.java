package nl.toeslagen.objections.application;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.testing.PdfConformance;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import org.junit.jupiter.api.Test;

class ObjectionLettersTest {

  private static String text(Letter letter) {
    return letter.sections().stream()
        .flatMap(s -> s.blocks().stream())
        .map(
            b ->
                b instanceof Letter.Paragraph p
                    ? p.text()
                    : String.join("\n", ((Letter.BulletList) b).items()))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void acknowledgementTellsWhenTheDecisionComes() {
    Objection o = ObjectionFixtures.received();
    Letter letter = ObjectionLetters.acknowledgement(o, parse("2024-02-12"));
    assertThat(letter.kind()).isEqualTo(ObjectionLetters.ACKNOWLEDGEMENT);
    // the citizen's reference is the human-readable case number, not the technical id
    assertThat(letter.reference()).isEqualTo("BZ-2024-000001").isEqualTo(o.caseNumber().toString());
    // one contact line, with the phone number and the case number to quote
    assertThat(letter.contact())
        .isEqualTo(
            "Heeft u nog vragen? Bel dan de BelastingTelefoon: 0800 - 0543. Bellen is gratis."
                + " Noem dan uw zaaknummer: BZ-2024-000001.");
    assertThat(text(letter)).doesNotContain("0800");
    assertThat(text(letter))
        .contains("10 februari 2024")
        .contains("kinderopvangtoeslag")
        .contains("8 april 2024");
  }

  @Test
  void decisionLetterAnswersEachGroundStatesTheChangeAndTheAppealClause() {
    Objection o = ObjectionFixtures.decided();
    String text = text(ObjectionLetters.decision(o, parse("2024-05-28")));
    assertThat(text)
        .contains("gedeeltelijk gegrond")
        .contains("Inkomen te hoog")
        .contains("Hierin geven wij u gelijk")
        .contains("Hierin geven wij u geen gelijk")
        .contains("€ 4.250,00")
        .contains("ECLI:NL:RVS:2021:2036")
        .contains("beroep instellen bij de rechtbank")
        .contains("binnen zes weken");
  }

  @Test
  void thePreviewIsTheDecisionLetterAsItWillBeSentMarkedAsADraftAndConforms() throws Exception {
    Objection o = ObjectionFixtures.drafted();
    Letter sent = ObjectionLetters.decision(o, parse("2024-03-21"));
    Letter preview = ObjectionLetters.decisionPreview(o, parse("2024-03-21"));
    assertThat(preview.draft()).isTrue();
    assertThat(preview.sections()).isEqualTo(sent.sections());
    assertThat(preview.subject())
        .isEqualTo("Beslissing op uw bezwaar (CONCEPT – nog niet verzonden)");
    byte[] pdf = new LetterRenderer().render(preview);
    assertThat(PdfConformance.accessibleAndArchivableFailures(pdf)).isEmpty();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("CONCEPT – nog niet verzonden")
          .contains("Het inkomen is lager; de uren kloppen wel.");
    }
  }

  @Test
  void thereIsNoPreviewBeforeADraftNorAfterTheDecisionWasSent() {
    assertThatThrownBy(
            () ->
                ObjectionLetters.decisionPreview(ObjectionFixtures.received(), parse("2024-02-12")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                ObjectionLetters.decisionPreview(ObjectionFixtures.decided(), parse("2024-05-28")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void repairRequestNamesWhatIsMissingAndTheDate() {
    Objection o = ObjectionFixtures.decided();
    String text = text(ObjectionLetters.repairRequest(o, o.repair(), parse("2024-02-12")));
    assertThat(text).contains("de handtekening").contains("26 februari 2024").contains("6:6");
  }

  @Test
  void afterARepairTheObjectorIsToldTheLaterDecisionDate() {
    // the repair period straddles the start of the decision term (2024-02-27): it moves by the days
    // from the start on (Awb 7:10 lid 2)
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(
        java.util.Set.of(nl.toeslagen.objections.domain.Requirement.SIGNATURE),
        null,
        parse("2024-02-20"));
    o.endRepair(
        parse("2024-03-01"), java.util.Set.of(), parse("2024-03-01"), ObjectionFixtures.TERMS);
    var suspension = o.term().changes().get(0);
    assertThat(suspension.newDeadline()).isAfter(suspension.previousDeadline());
    String text = text(ObjectionLetters.termChange(o, suspension, parse("2024-03-01")));
    assertThat(text)
        .contains("7:10 lid 2")
        .contains("aanvulling")
        .contains(nl.toeslagen.documents.api.DutchDates.format(suspension.newDeadline()));
  }

  @Test
  void extensionNoticeGivesTheReasonAndTheNewDate() {
    Objection o = ObjectionFixtures.decided();
    var change = o.term().changes().get(1);
    String text = text(ObjectionLetters.termChange(o, change, parse("2024-03-05")));
    assertThat(text)
        .contains("zes weken")
        .contains("Advies vaktechniek nodig")
        .contains("7:10 lid 3");
  }

  @Test
  void hearingInvitationGivesDateTimeAndPlace() {
    Objection o = ObjectionFixtures.decided();
    String text = text(ObjectionLetters.hearingInvitation(o, o.hearing(), parse("2024-02-20")));
    assertThat(text).contains("1 maart 2024").contains("10:30").contains("Utrecht");
  }

  @Test
  void everyLetterKindIsAccessibleAndArchivable() throws Exception {
    Objection o = ObjectionFixtures.decided();
    Objection withdrawn = ObjectionFixtures.received();
    withdrawn.withdraw(
        nl.toeslagen.objections.domain.WithdrawalChannel.TELEPHONE,
        parse("2024-02-15"),
        "Gebeld",
        parse("2024-02-16"));
    Objection penalty = nl.toeslagen.objections.domain.PenaltyDecisionTestCases.decidedGegrond();
    penalty.decidePenalty(null, null, "behandelaar2", parse("2025-06-11"));
    LetterRenderer renderer = new LetterRenderer();
    List<Letter> letters =
        List.of(
            ObjectionLetters.acknowledgement(o, parse("2024-02-12")),
            ObjectionLetters.repairRequest(o, o.repair(), parse("2024-02-12")),
            ObjectionLetters.hearingInvitation(o, o.hearing(), parse("2024-02-20")),
            ObjectionLetters.termChange(o, o.term().changes().get(1), parse("2024-03-05")),
            ObjectionLetters.decision(o, parse("2024-05-28")),
            ObjectionLetters.decision(
                DecisionLetterWordingTest.lateAndNotAdmissible(), parse("2025-05-01")),
            ObjectionLetters.withdrawalConfirmation(withdrawn, parse("2024-02-16")),
            ObjectionLetters.penaltyDecision(penalty, parse("2025-06-11")));
    assertThat(letters.stream().map(Letter::kind).distinct())
        .as("every kind of objection letter")
        .containsExactlyInAnyOrder(
            ObjectionLetters.ACKNOWLEDGEMENT,
            ObjectionLetters.REPAIR_REQUEST,
            ObjectionLetters.HEARING_INVITATION,
            ObjectionLetters.TERM_CHANGE,
            ObjectionLetters.DECISION,
            ObjectionLetters.WITHDRAWAL_CONFIRMATION,
            ObjectionLetters.PENALTY_DECISION);
    for (Letter letter : letters) {
      byte[] pdf = renderer.render(letter);
      assertThat(PdfConformance.accessibleAndArchivableFailures(pdf)).as(letter.kind()).isEmpty();
    }
  }
}
