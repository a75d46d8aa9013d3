package nl.toeslagen.fraudreview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.testing.PdfConformance;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.DeterminationStatus;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.fraudreview.domain.Zienswijze;
import nl.toeslagen.fraudreview.domain.ZienswijzeRequest;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 rule 10: the outcome letter states only what happened — intent or gross negligence as
 * approved, the citizen's view only when one was given, art. 42 only when recorded, the real reason
 * of a zero fine. Each combination is rendered to PDF and read back as text (PDFTextStripper).
 */
class OutcomeLetterTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final String ZERO_REASON = "Opzet vastgesteld, maar de burger heeft geen draagkracht";

  private static final LetterRenderer RENDERER = new LetterRenderer();

  enum View {
    NONE,
    GIVEN,
    NO_RESPONSE
  }

  enum FineKind {
    NONE,
    POSITIVE,
    ART42,
    ZERO_OTHER
  }

  private static FineProposal fine(FineKind kind) {
    return switch (kind) {
      case NONE -> null;
      case POSITIVE ->
          new FineProposal(
              Money.ofCents(80_000), 50, 100, false, false, "RAP-1", Money.ofCents(40_000));
      case ART42 -> new FineProposal(Money.ofCents(80_000), 0, 100, false, true, null, Money.ZERO);
      case ZERO_OTHER ->
          new FineProposal(Money.ofCents(80_000), 0, 100, false, false, "RAP-2", Money.ZERO);
    };
  }

  private static Determination approved(
      String id, Phase phase, Conclusion conclusion, String reasons, FineProposal fine, int day) {
    return Determination.restore(
        id,
        phase,
        conclusion,
        reasons,
        List.of(),
        List.of(),
        null,
        fine,
        "carla",
        Instant.parse("2026-11-" + (10 + day) + "T10:00:00Z"),
        DeterminationStatus.APPROVED,
        "victor",
        "Akkoord",
        Instant.parse("2026-11-" + (10 + day) + "T11:00:00Z"));
  }

  private static Signal closed(Conclusion outcome, Conclusion intent, View view, FineKind fine) {
    List<Determination> ds = new ArrayList<>();
    if (intent != null) {
      ds.add(approved("d3", Phase.OPZET_GROVE_SCHULD, intent, "Vastgesteld", null, 1));
    }
    ds.add(
        approved(
            "d4",
            Phase.UITKOMST,
            outcome,
            fine == FineKind.ZERO_OTHER ? ZERO_REASON : "Reden",
            fine(fine),
            5));
    Zienswijze z =
        switch (view) {
          case NONE -> null;
          case GIVEN ->
              new Zienswijze(
                  LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 20), true, "Uitleg", "bram");
          case NO_RESPONSE ->
              new Zienswijze(
                  LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 27), false, null, "bram");
        };
    return Signal.restore(
        nl.toeslagen.fraudreview.domain.SignalId.of("00000000-0000-4000-8000-000000000001"),
        new nl.toeslagen.kernel.CaseNumber("TZ", 2026, 1),
        Bsn.of("111222333"),
        BenefitType.ZORGTOESLAG,
        SignalSource.TIP,
        "Tip",
        "Awir art. 40",
        LocalDate.of(2027, 12, 1),
        "anna",
        Instant.parse("2026-01-01T10:00:00Z"),
        Phase.AFGESLOTEN,
        null,
        (ZienswijzeRequest) null,
        z,
        outcome,
        Instant.parse("2026-12-01T10:00:00Z"),
        ds);
  }

  /** The letter as a citizen reads it: rendered to PDF and extracted again. */
  static String pdfText(Letter letter) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(letter))) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  @ParameterizedTest(name = "{0} + view {1} + fine {2}")
  @CsvSource({
    "OPZET,        GIVEN,       POSITIVE",
    "OPZET,        GIVEN,       ART42",
    "OPZET,        GIVEN,       ZERO_OTHER",
    "OPZET,        NO_RESPONSE, POSITIVE",
    "OPZET,        NO_RESPONSE, ART42",
    "OPZET,        NO_RESPONSE, ZERO_OTHER",
    "GROVE_SCHULD, GIVEN,       POSITIVE",
    "GROVE_SCHULD, GIVEN,       ART42",
    "GROVE_SCHULD, GIVEN,       ZERO_OTHER",
    "GROVE_SCHULD, NO_RESPONSE, POSITIVE",
    "GROVE_SCHULD, NO_RESPONSE, ART42",
    "GROVE_SCHULD, NO_RESPONSE, ZERO_OTHER",
  })
  void aCulpableOutcomeLetterStatesOnlyWhatWasApprovedAndRecorded(
      Conclusion intent, View view, FineKind fine) throws IOException {
    String text =
        pdfText(
            OutcomeLetter.compose(
                closed(Conclusion.OPZET_OF_GROVE_SCHULD, intent, view, fine), TODAY));

    // which finding was approved, never both or the other
    if (intent == Conclusion.OPZET) {
      assertThat(text).contains("met opzet onjuiste gegevens").doesNotContain("grove schuld");
    } else {
      assertThat(text).contains("met grove schuld onjuiste gegevens").doesNotContain("met opzet");
    }
    // the view: read and weighed only when one was given
    if (view == View.GIVEN) {
      assertThat(text).contains("U heeft uw zienswijze gegeven", "gelezen en meegewogen");
    } else {
      assertThat(text)
          .contains("12 november 2026", "Wij hebben geen reactie van u ontvangen")
          .doesNotContain("gelezen")
          .doesNotContain("uw zienswijze gegeven");
    }
    // the fine and, when zero, its real reason: art. 42 only when recorded
    switch (fine) {
      case POSITIVE ->
          assertThat(text)
              .contains("€ 400,00", "50%", "artikel 41 van de Algemene wet")
              .doesNotContain("artikel 42");
      case ART42 ->
          assertThat(text)
              .contains("geen boete", "zelf verbeterd", "artikel 42 van de Algemene wet")
              .doesNotContain("artikel 41")
              .doesNotContain("€ 0,00");
      case ZERO_OTHER ->
          assertThat(text)
              .contains("Wij zien af van een boete", ZERO_REASON)
              .doesNotContain("artikel 42")
              .doesNotContain("zelf verbeterd");
      case NONE -> throw new IllegalArgumentException("a culpable outcome has a fine proposal");
    }
    assertThat(text).doesNotContain("111222333");
  }

  @ParameterizedTest(name = "honest mistake after intent {0}, view {1}")
  @CsvSource({
    ",             NONE",
    "OPZET,        GIVEN",
    "GROVE_SCHULD, GIVEN",
    "OPZET,        NO_RESPONSE",
  })
  void anHonestMistakeLetterMentionsTheViewOnlyWhenOneWasGiven(Conclusion intent, View view)
      throws IOException {
    String text =
        pdfText(
            OutcomeLetter.compose(
                closed(Conclusion.ONBEWUSTE_FOUT, intent, view, FineKind.NONE), TODAY));

    assertThat(text).contains("U krijgt geen boete", "betalingsregeling");
    assertThat(text).doesNotContain("artikel 42").doesNotContain("artikel 41");
    if (view == View.GIVEN) {
      assertThat(text).contains("Wij hebben uw zienswijze gelezen");
    } else {
      assertThat(text).doesNotContain("zienswijze");
    }
  }

  @Test
  void nothingWrongTellsTheCitizenNothingIsKeptAndWhenTheDataGo() throws IOException {
    Letter letter =
        OutcomeLetter.compose(
            closed(Conclusion.GEEN_ONJUISTHEID, null, View.NONE, FineKind.NONE), TODAY);
    String text = pdfText(letter);

    assertThat(letter.subject()).isEqualTo("Uitkomst van ons onderzoek naar uw zorgtoeslag");
    assertThat(text).contains("klopt", "niets tegen u vast", "1 december 2027");
    assertThat(text).doesNotContain("zienswijze").doesNotContain("boete");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "GEEN_ONJUISTHEID, , NONE, NONE",
    "ONBEWUSTE_FOUT, OPZET, GIVEN, NONE",
    "OPZET_OF_GROVE_SCHULD, OPZET, GIVEN, POSITIVE",
    "OPZET_OF_GROVE_SCHULD, GROVE_SCHULD, NO_RESPONSE, ART42",
    "OPZET_OF_GROVE_SCHULD, GROVE_SCHULD, NO_RESPONSE, ZERO_OTHER"
  })
  void everyOutcomeLetterIsAccessibleAndArchivable(
      Conclusion outcome, Conclusion intent, View view, FineKind fine) throws Exception {
    Letter letter = OutcomeLetter.compose(closed(outcome, intent, view, fine), TODAY);
    assertThat(PdfConformance.accessibleAndArchivableFailures(RENDERER.render(letter))).isEmpty();
  }
}
