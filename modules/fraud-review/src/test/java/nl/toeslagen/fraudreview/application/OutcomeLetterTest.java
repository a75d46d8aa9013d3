package nl.toeslagen.fraudreview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.DeterminationStatus;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Money;
import org.junit.jupiter.api.Test;

class OutcomeLetterTest {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  private static Signal closed(Conclusion outcome, FineProposal fine) {
    Determination d =
        Determination.restore(
            "d4",
            Phase.UITKOMST,
            outcome,
            "Reden",
            List.of(),
            List.of(),
            null,
            fine,
            "carla",
            Instant.parse("2025-03-01T10:00:00Z"),
            DeterminationStatus.APPROVED,
            "victor",
            "Akkoord",
            Instant.parse("2025-03-02T10:00:00Z"));
    return Signal.restore(
        nl.toeslagen.fraudreview.domain.SignalId.of("00000000-0000-4000-8000-000000000001"),
        Bsn.of("111222333"),
        BenefitType.ZORGTOESLAG,
        SignalSource.TIP,
        "Tip",
        "Awir art. 40",
        TODAY.plusYears(1),
        "anna",
        Instant.parse("2025-01-01T10:00:00Z"),
        Phase.AFGESLOTEN,
        null,
        null,
        outcome,
        Instant.parse("2025-03-02T10:00:00Z"),
        List.of(d));
  }

  private static String text(Letter letter) {
    return letter.sections().stream()
        .flatMap(s -> s.blocks().stream())
        .map(
            b ->
                b instanceof Letter.Paragraph p
                    ? p.text()
                    : String.join(" ", ((Letter.BulletList) b).items()))
        .collect(Collectors.joining(" "));
  }

  @Test
  void nothingWrongTellsTheCitizenNothingIsKeptAgainstThem() {
    Letter letter = OutcomeLetter.compose(closed(Conclusion.GEEN_ONJUISTHEID, null), TODAY);

    assertThat(letter.subject()).isEqualTo("Uitkomst van ons onderzoek naar uw zorgtoeslag");
    assertThat(text(letter)).contains("klopt", "niets tegen u vast");
    assertThat(text(letter)).doesNotContain("111222333");
  }

  @Test
  void honestMistakeOffersHelpAndNoFine() {
    String text = text(OutcomeLetter.compose(closed(Conclusion.ONBEWUSTE_FOUT, null), TODAY));

    assertThat(text).contains("geen boete", "betalingsregeling");
  }

  @Test
  void culpableOutcomeStatesTheProposedFine() {
    FineProposal fine =
        new FineProposal(
            Money.ofCents(80_000), 50, 100, false, false, "RAP-1", Money.ofCents(40_000));

    String text =
        text(OutcomeLetter.compose(closed(Conclusion.OPZET_OF_GROVE_SCHULD, fine), TODAY));

    assertThat(text).contains("€ 400,00", "50%", "artikel 41 Awir", "zienswijze");
  }

  @Test
  void correctedBeforeAwareMeansNoFineUnderArticle42() {
    FineProposal none =
        new FineProposal(Money.ofCents(80_000), 0, 100, false, true, null, Money.ZERO);

    String text =
        text(OutcomeLetter.compose(closed(Conclusion.OPZET_OF_GROVE_SCHULD, none), TODAY));

    assertThat(text).contains("geen boete", "artikel 42 Awir");
  }
}
