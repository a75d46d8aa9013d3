package nl.toeslagen.fraudreview.application;

import java.time.LocalDate;
import nl.toeslagen.documents.api.DutchDates;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;

/** The plain-language letter that tells the citizen the outcome of the review. */
public final class OutcomeLetter {

  public static final String KIND = "FRAUD_REVIEW_OUTCOME";

  private OutcomeLetter() {}

  public static Letter compose(Signal signal, LocalDate date) {
    Conclusion outcome =
        signal
            .outcome()
            .orElseThrow(() -> new IllegalStateException("signal " + signal.id() + " is open"));
    String benefit = benefitName(signal);
    Letter.Builder letter =
        Letter.builder()
            .kind(KIND)
            .reference(signal.id().value())
            .date(date)
            .subject("Uitkomst van ons onderzoek naar uw " + benefit)
            .section(
                "Waarom krijgt u deze brief?",
                "Wij hebben onderzocht of u de juiste "
                    + benefit
                    + " kreeg. In deze brief leest u wat wij hebben gevonden. Twee medewerkers"
                    + " hebben elke stap van het onderzoek beoordeeld.");
    switch (outcome) {
      case GEEN_ONJUISTHEID, NIET_RELEVANT ->
          letter.section(
              "Wat hebben wij gevonden?",
              "Uw " + benefit + " klopt. U hoeft niets te doen.",
              "Wij houden niets tegen u vast. De gegevens van dit onderzoek verwijderen wij na "
                  + DutchDates.format(signal.retentionDate())
                  + ".");
      case ONBEWUSTE_FOUT ->
          letter
              .section(
                  "Wat hebben wij gevonden?",
                  "Er is iets misgegaan met uw "
                      + benefit
                      + ". Wij denken niet dat u dit met opzet deed. U krijgt geen boete.")
              .section(
                  Letter.Section.builder("Wat gebeurt er nu?")
                      .bullets(
                          "Wij passen uw toeslag aan. Daarover krijgt u een aparte brief.",
                          "Moet u geld terugbetalen? Dan kunt u een betalingsregeling krijgen die"
                              + " past bij wat u kunt betalen.",
                          "Heeft u vragen of hulp nodig? Bel ons. Wij helpen u graag.")
                      .build());
      case OPZET_OF_GROVE_SCHULD -> culpable(letter, signal, benefit);
      default -> throw new IllegalStateException("not an outcome: " + outcome);
    }
    return letter
        .section(
            "Bent u het er niet mee eens?",
            "Bel ons, dan kijken wij er samen naar. Over een besluit dat wij u nog sturen kunt u"
                + " bezwaar maken. Hoe dat gaat, staat in dat besluit.")
        .footer("Algemene wet inkomensafhankelijke regelingen (BWBR0018472)")
        .footer("Algemene wet bestuursrecht (BWBR0005537)")
        .build();
  }

  private static void culpable(Letter.Builder letter, Signal signal, String benefit) {
    FineProposal fine =
        signal.determinations().stream()
            .filter(d -> d.phase() == Phase.UITKOMST && d.isApproved())
            .map(Determination::fine)
            .reduce((a, b) -> b)
            .orElse(null);
    letter.section(
        "Wat hebben wij gevonden?",
        "Wij vinden dat u bij uw "
            + benefit
            + " met opzet of met grove schuld onjuiste gegevens heeft gegeven. Wij hebben uw"
            + " zienswijze gelezen en meegewogen.");
    if (fine == null || fine.amount().isZero()) {
      letter.section(
          "Krijgt u een boete?",
          "Nee. U heeft de gegevens zelf verbeterd voordat u wist dat wij ze onderzochten. Daarom"
              + " krijgt u geen boete (artikel 42 Awir).");
    } else {
      letter.section(
          "Krijgt u een boete?",
          "Wij zijn van plan u een boete te geven van "
              + fine.amount().formatted()
              + ". Dat is "
              + fine.percentage()
              + "% van het bedrag dat u moet terugbetalen (artikel 41 Awir). U krijgt hierover"
              + " een apart besluit.");
    }
  }

  private static String benefitName(Signal signal) {
    return switch (signal.benefitType()) {
      case ZORGTOESLAG -> "zorgtoeslag";
      case HUURTOESLAG -> "huurtoeslag";
      case KINDEROPVANGTOESLAG -> "kinderopvangtoeslag";
      case KINDGEBONDEN_BUDGET -> "kindgebonden budget";
    };
  }
}
