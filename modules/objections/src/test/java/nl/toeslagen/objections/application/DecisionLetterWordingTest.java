package nl.toeslagen.objections.application;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.objections.domain.CitizenEffect;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingSkipReason;
import nl.toeslagen.objections.domain.ManifestFinding;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionIntake;
import nl.toeslagen.objections.domain.PenaltyDecisionTestCases;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 9 rule 7: the decision letter is legally complete and in correct plain Dutch. */
class DecisionLetterWordingTest {

  private static final String GROUND = "Mijn inkomen is te hoog vastgesteld.";
  private static final String GROUND2 = "De huur is te laag vastgesteld.";

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

  /** The text of the rendered PDF, as the citizen reads it. */
  private static String pdfText(Letter letter) throws Exception {
    try (var doc = Loader.loadPDF(new LetterRenderer().render(letter))) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static ObjectionIntake intake(
      String type, String contested, String received, Long stake, Integer year) {
    return ObjectionIntake.validate(
        new ObjectionIntake.Raw(
            "111222333",
            "HUURTOESLAG",
            "HT-2025-0042",
            type,
            contested,
            received,
            null,
            List.of(GROUND, GROUND2),
            "DIGITAAL",
            stake,
            year),
        parse(received));
  }

  /** A timely objection against a recovery of 3 March 2025, decided with {@code outcome}. */
  static Objection decided(DecisionOutcome outcome, HearingSkipReason skip, CitizenEffect effect) {
    Objection o =
        Objection.receive(
            ObjectionId.generate(),
            new nl.toeslagen.kernel.CaseNumber("BZ", 2025, 1),
            intake("TERUGVORDERING", "2025-03-03", "2025-03-20", null, 2024),
            false,
            ObjectionFixtures.TERMS,
            "behandelaar1");
    o.assessAdmissibility(Set.of(), null, parse("2025-03-20"));
    o.recordContact(new ContactOutcome(parse("2025-03-21"), true, "Gebeld", false, false));
    o.skipHearing(Hearing.skipped(skip, "Toelichting"));
    boolean first = outcome != DecisionOutcome.ONGEGROND;
    boolean second = outcome == DecisionOutcome.GEGROND;
    o.draftDecision(
        outcome,
        "Wij hebben uw inkomen opnieuw bekeken.",
        List.of(
            new GroundAnswer(GROUND, first, "Het inkomen is aangepast."),
            new GroundAnswer(GROUND2, second, "De huur is opnieuw bekeken.")),
        List.of(Laws.awir("16"), Laws.awb("7:11")),
        List.of(),
        effect,
        "behandelaar1",
        parse("2025-04-10"));
    if (outcome != DecisionOutcome.GEGROND) {
      o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), true, null);
    }
    o.markDecided(parse("2025-04-14"));
    return o;
  }

  /**
   * Received on 22 April 2025, after the objection term ended on 14 April 2025 (Easter Monday 21).
   */
  static Objection lateAndNotAdmissible() {
    Objection o =
        Objection.receive(
            ObjectionId.generate(),
            new nl.toeslagen.kernel.CaseNumber("BZ", 2025, 1),
            intake("TERUGVORDERING", "2025-03-03", "2025-04-22", null, null),
            false,
            ObjectionFixtures.TERMS,
            "behandelaar1");
    o.assessAdmissibility(Set.of(), null, parse("2025-04-22"));
    o.draftDecision(
        DecisionOutcome.NIET_ONTVANKELIJK,
        "Het bezwaar is te laat.",
        List.of(),
        List.of(Laws.awb("6:7")),
        List.of(),
        null,
        "behandelaar1",
        parse("2025-04-23"));
    o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), true, null);
    o.markDecided(parse("2025-04-24"));
    return o;
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "BWBR0018472, 16, artikel 16 van de Algemene wet inkomensafhankelijke regelingen",
    "BWBR0005537, 7:11, artikel 7:11 van de Algemene wet bestuursrecht",
    "BWBR0005537, 4:17, artikel 4:17 van de Algemene wet bestuursrecht",
    "BWBR0002448, 1, artikel 1 van de Algemene termijnenwet",
    "BWBR0018451, 2, artikel 2 van de Wet op de zorgtoeslag",
    "BWBR0018472, , de Algemene wet inkomensafhankelijke regelingen",
    "BWBR0001234, 3, artikel 3 van regeling BWBR0001234",
  })
  void theLawIsNamedInWords(String bwb, String article, String words) {
    assertThat(ObjectionLetters.inWords(LegalReference.of(bwb, article))).isEqualTo(words);
  }

  @Test
  void theDecisionLetterNamesEachLawInWordsWithItsBwbReference() throws Exception {
    Objection o =
        decided(
            DecisionOutcome.GEGROND,
            HearingSkipReason.E_VOLLEDIG_TEGEMOETGEKOMEN,
            new CitizenEffect(null, true, null, null));
    String text = pdfText(ObjectionLetters.decision(o, parse("2025-04-14")));
    assertThat(text)
        .contains(
            "Artikel 16 van de Algemene wet inkomensafhankelijke regelingen (BWBR0018472 art. 16")
        .contains("Artikel 7:11 van de Algemene wet bestuursrecht (BWBR0005537 art. 7:11");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GEGROND | E_VOLLEDIG_TEGEMOETGEKOMEN | 98000 | true | Wij herroepen ons besluit van 3 maart"
            + " 2025 (kenmerk HT-2025-0042). Dat betekent dat wij het besluit intrekken. In de plaats"
            + " daarvan nemen wij een nieuw besluit: het bedrag wordt € 980,00 en wij vorderen niets"
            + " van u terug (artikel 7:11 van de Algemene wet bestuursrecht).",
        "GEGROND | E_VOLLEDIG_TEGEMOETGEKOMEN | | true | U hoeft het bedrag dat wij van u"
            + " terugvroegen niet terug te betalen.",
        "GEDEELTELIJK_GEGROND | C_AFSTAND_GEDAAN | 120000 | false | Wij herroepen ons besluit van 3"
            + " maart 2025 (kenmerk HT-2025-0042) voor het deel waarin wij u gelijk geven.",
        "GEDEELTELIJK_GEGROND | C_AFSTAND_GEDAAN | 120000 | false | Het nieuwe bedrag is € 1.200,00.",
        "GEDEELTELIJK_GEGROND | D_GEEN_REACTIE | | true | U hoeft een deel van het bedrag dat wij van"
            + " u terugvroegen niet terug te betalen.",
        "ONGEGROND | B_KENNELIJK_ONGEGROND | | false | Ons besluit van 3 maart 2025 (kenmerk"
            + " HT-2025-0042) blijft gelden (artikel 7:11 van de Algemene wet bestuursrecht).",
        "ONGEGROND | B_KENNELIJK_ONGEGROND | | false | U moet het bedrag dat wij van u terugvragen"
            + " dus nog steeds terugbetalen.",
      })
  void theDecisionStatesWhatHappensToTheContestedDecisionAndTheConsequence(
      DecisionOutcome outcome,
      HearingSkipReason skip,
      Long newAmount,
      boolean dropped,
      String sentence)
      throws Exception {
    CitizenEffect effect =
        outcome == DecisionOutcome.ONGEGROND
            ? null
            : new CitizenEffect(
                newAmount == null ? null : Money.ofCents(newAmount), dropped, null, null);
    Objection o = decided(outcome, skip, effect);
    Letter letter = ObjectionLetters.decision(o, parse("2025-04-14"));
    assertThat(text(letter)).contains(sentence);
    assertThat(pdfText(letter)).contains(sentence);
  }

  @Test
  void notAdmissibleStatesTheEndOfTheObjectionTermAndTheDayOfReceipt() throws Exception {
    Objection o = lateAndNotAdmissible();
    String text = pdfText(ObjectionLetters.decision(o, parse("2025-04-24")));
    assertThat(text)
        .contains("De termijn om bezwaar te maken eindigde op 14 april 2025.")
        .contains("Wij hebben uw bezwaar ontvangen op 22 april 2025.")
        .contains("Uw bezwaar is dus te laat.")
        .contains("Ons besluit van 3 maart 2025 (kenmerk HT-2025-0042) blijft gelden.")
        .doesNotContain("herroepen");
  }

  @ParameterizedTest(name = "7:3 {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A_KENNELIJK_NIET_ONTVANKELIJK | Wij hebben u niet gehoord, omdat uw bezwaar kennelijk"
            + " niet-ontvankelijk is (artikel 7:3, onder a, van de Algemene wet bestuursrecht).",
        "B_KENNELIJK_ONGEGROND | Wij hebben u niet gehoord, omdat uw bezwaar kennelijk ongegrond is"
            + " (artikel 7:3, onder b, van de Algemene wet bestuursrecht).",
        "C_AFSTAND_GEDAAN | Wij hebben u niet gehoord, omdat u heeft laten weten dat u niet gehoord"
            + " wilt worden (artikel 7:3, onder c, van de Algemene wet bestuursrecht).",
        "D_GEEN_REACTIE | Wij hebben u niet gehoord, omdat u niet binnen de gestelde termijn heeft"
            + " laten weten dat u gehoord wilt worden (artikel 7:3, onder d, van de Algemene wet"
            + " bestuursrecht).",
        "E_VOLLEDIG_TEGEMOETGEKOMEN | Wij hebben u niet gehoord, omdat wij uw bezwaar volledig"
            + " toewijzen (artikel 7:3, onder e, van de Algemene wet bestuursrecht).",
      })
  void aSkippedHearingIsStatedWithTheVerbAtTheEndOfTheClause(
      HearingSkipReason reason, String sentence) {
    assertThat(ObjectionLetters.hearingSkipped(reason)).isEqualTo(sentence);
  }

  @Test
  void theSkippedHearingReachesTheLetter() throws Exception {
    Objection o = lateAndNotAdmissible();
    assertThat(pdfText(ObjectionLetters.decision(o, parse("2025-04-24"))))
        .contains("Wij hebben u niet gehoord, omdat uw bezwaar kennelijk niet-ontvankelijk is")
        .doesNotContain("omdat het bezwaar is kennelijk");
  }

  @Test
  void thePenaltyDecisionLetterStatesHowThePenaltyRanAndItsAmount() throws Exception {
    Objection o = PenaltyDecisionTestCases.decidedGegrond();
    o.decidePenalty(null, null, "behandelaar2", parse("2025-06-11"));
    Letter letter = ObjectionLetters.penaltyDecision(o, parse("2025-06-11"));
    assertThat(letter.kind()).isEqualTo(ObjectionLetters.PENALTY_DECISION);
    assertThat(pdfText(letter))
        .contains("U heeft ons op 6 mei 2025 in gebreke gesteld")
        .contains("Wij hebben op 10 juni 2025 over uw bezwaar beslist.")
        .contains("Wij stellen de dwangsom vast op € 30,00.")
        .contains(
            "De dwangsom liep van 20 mei 2025 tot en met 9 juni 2025. Dat zijn 3 volle weken.")
        .contains("met een maximum van € 100,00")
        .contains("Artikel 4:17 en 4:18 van de Algemene wet bestuursrecht");
  }

  @Test
  void aPenaltySetWhileTheCaseIsOpenSaysTheDecisionIsStillToCome() throws Exception {
    ObjectionIntake in = intake("DEFINITIEVE_TOEKENNING", "2025-11-03", "2025-11-10", 5000L, 2024);
    Objection o =
        Objection.receive(
            ObjectionId.generate(),
            new nl.toeslagen.kernel.CaseNumber("BZ", 2025, 1),
            in,
            false,
            ObjectionFixtures.TERMS,
            "behandelaar1");
    // notice 2 March 2026: first day 16 March, the EUR 30 cap reached after 5 April (Easter Sunday)
    o.registerNoticeOfDefault(parse("2026-03-02"), parse("2026-03-02"));
    o.decidePenalty(null, null, "behandelaar1", parse("2026-04-07"));
    String text = pdfText(ObjectionLetters.penaltyDecision(o, parse("2026-04-07")));
    assertThat(text)
        .contains("Wij hebben nog niet over uw bezwaar beslist.")
        .contains("Wij stellen de dwangsom vast op € 30,00.")
        .contains("De dwangsom liep van 16 maart 2026 tot en met 5 april 2026.")
        .doesNotContain("over uw bezwaar beslist. Wij hebben op");
  }

  @ParameterizedTest
  @EnumSource(value = ManifestFinding.class, names = "KENNELIJK_ONGEGROND")
  void aPenaltyDecisionWithoutPenaltyStatesTheFindingAndItsReasons(ManifestFinding finding)
      throws Exception {
    Objection o = PenaltyDecisionTestCases.decidedOngegrond();
    o.decidePenalty(
        finding, "Het inkomen komt uit de basisregistratie.", "behandelaar2", parse("2027-04-15"));
    String text = pdfText(ObjectionLetters.penaltyDecision(o, parse("2027-04-15")));
    assertThat(text)
        .contains("U krijgt geen dwangsom. Het bedrag is € 0,00.")
        .contains(
            "De reden is dat het bezwaar kennelijk ongegrond was: Het inkomen komt uit de basisregistratie.")
        .contains("artikel 4:17, zesde lid, van de Algemene wet bestuursrecht");
  }
}
