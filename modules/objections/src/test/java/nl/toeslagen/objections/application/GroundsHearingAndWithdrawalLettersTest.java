package nl.toeslagen.objections.application;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.GroundSource;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import nl.toeslagen.objections.domain.WithdrawalChannel;
import org.junit.jupiter.api.Test;

/** The letters of issue 9 rules 2, 5 and 6, read as text. */
class GroundsHearingAndWithdrawalLettersTest {

  private static String text(Letter letter) {
    return letter.sections().stream()
        .flatMap(
            s ->
                java.util.stream.Stream.concat(
                    java.util.stream.Stream.ofNullable(s.heading()),
                    s.blocks().stream()
                        .map(
                            b ->
                                b instanceof Letter.Paragraph p
                                    ? p.text()
                                    : String.join("\n", ((Letter.BulletList) b).items()))))
        .collect(Collectors.joining("\n"));
  }

  private static Objection inHearing() {
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(Set.of(), null, parse("2026-04-14"));
    o.recordContact(new ContactOutcome(parse("2026-04-14"), true, "Hoorzitting", false, false));
    return o;
  }

  @Test
  void theInvitationSaysWhereTheDocumentsLieAndUntilWhenMoreMayBeSent() {
    Objection o = inHearing();
    // hearing on King's Day 2026 (Monday 27 April), planned two weeks ahead
    Hearing h =
        Hearing.scheduled(
            LocalDateTime.parse("2026-04-27T10:00"), HearingMode.OP_LOCATIE, "Utrecht");
    o.scheduleHearing(h, parse("2026-04-13"));
    String text = text(ObjectionLetters.hearingInvitation(o, h, parse("2026-04-13")));
    assertThat(text)
        .contains("27 april 2026 om 10:00 uur")
        .contains("inzien op het kantoor van Dienst Toeslagen")
        .contains("tot tien dagen voor het gesprek")
        .contains("uiterlijk op 17 april 2026")
        .contains("artikel 7:4");
  }

  @Test
  void aShortNoticeInvitationAsksForDocumentsBeforeTheHearingInstead() {
    Objection o = inHearing();
    Hearing h =
        Hearing.scheduled(
            LocalDateTime.parse("2026-04-16T10:00"),
            HearingMode.TELEFONISCH,
            "0612345678",
            true,
            "Akkoord per telefoon");
    o.scheduleHearing(h, parse("2026-04-14"));
    String text = text(ObjectionLetters.hearingInvitation(o, h, parse("2026-04-14")));
    assertThat(text)
        .contains("Het gesprek is binnen tien dagen")
        .contains("vóór het gesprek")
        .doesNotContain("uiterlijk op 6 april 2026");
  }

  @Test
  void theDecisionListsEachAddedGroundWithItsDateSourceAndAnswer() {
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    o.recordContact(new ContactOutcome(parse("2024-02-12"), true, "Hoorzitting", false, false));
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-03-01T10:30"), HearingMode.OP_LOCATIE, "Utrecht"),
        parse("2024-02-16"));
    o.addGround(
        "De opvang was in de zomer gesloten",
        parse("2024-03-01"),
        GroundSource.HEARING,
        "behandelaar1",
        parse("2024-03-01"));
    o.recordHearingReport("Verslag", parse("2024-03-01"));
    List<GroundAnswer> answers = new ArrayList<>();
    o.grounds().forEach(g -> answers.add(new GroundAnswer(g, false, "Antwoord op " + g + ".")));
    o.draftDecision(
        DecisionOutcome.ONGEGROND,
        "Motivering",
        answers,
        List.of(Laws.awir("16")),
        List.of(),
        null,
        "behandelaar1",
        parse("2024-03-04"));
    String text = text(ObjectionLetters.decision(o, parse("2024-03-05")));
    assertThat(text)
        .contains("Inkomen te hoog")
        .contains("Antwoord op Inkomen te hoog.")
        .contains("Antwoord op De opvang was in de zomer gesloten.")
        .contains("Gronden die u later heeft aangevuld")
        .contains("Op 1 maart 2024 ontvingen wij tijdens de hoorzitting deze grond")
        .contains("\"De opvang was in de zomer gesloten\"");
  }

  @Test
  void aTelephoneWithdrawalIsConfirmedInALetter() {
    Objection o = ObjectionFixtures.received();
    o.withdraw(WithdrawalChannel.TELEPHONE, parse("2024-02-15"), "Gebeld", parse("2024-02-16"));
    Letter letter = ObjectionLetters.withdrawalConfirmation(o, parse("2024-02-16"));
    assertThat(letter.kind()).isEqualTo("OBJECTION_WITHDRAWAL_CONFIRMATION");
    assertThat(text(letter))
        .contains(
            "Op 15 februari 2024 heeft u ons telefonisch laten weten dat u uw bezwaar intrekt")
        .contains("kinderopvangtoeslag")
        .contains("15 januari 2024")
        .contains("artikel 6:21")
        .contains("Heeft u uw bezwaar niet willen intrekken?");
  }
}
