package nl.toeslagen.fraudreview.application;

import java.time.LocalDate;
import nl.toeslagen.documents.api.DutchDates;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.Zienswijze;

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
            .reference(signal.caseNumber().toString())
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
      case ONBEWUSTE_FOUT -> honestMistake(letter, signal, benefit);
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

  /**
   * An honest mistake. After an approved finding of intent or gross negligence (the citizen's view
   * changed the outcome) the letter says so, and mentions the view only when one was given.
   */
  private static void honestMistake(Letter.Builder letter, Signal signal, String benefit) {
    Zienswijze view = signal.zienswijze();
    String found =
        "Er is iets misgegaan met uw "
            + benefit
            + ". Wij denken niet dat u dit met opzet of met grove schuld deed. U krijgt geen boete.";
    if (view != null && view.responded()) {
      found =
          "Er is iets misgegaan met uw "
              + benefit
              + ". Wij hebben uw zienswijze gelezen. Daarna vinden wij niet dat u dit met opzet of"
              + " met grove schuld deed. U krijgt geen boete.";
    }
    letter
        .section("Wat hebben wij gevonden?", found)
        .section(
            Letter.Section.builder("Wat gebeurt er nu?")
                .bullets(
                    "Wij passen uw toeslag aan. Daarover krijgt u een aparte brief.",
                    "Moet u geld terugbetalen? Dan kunt u een betalingsregeling krijgen die"
                        + " past bij wat u kunt betalen.",
                    "Heeft u vragen of hulp nodig? Bel ons. Wij helpen u graag.")
                .build());
  }

  /**
   * Intent or gross negligence, as approved by the professional line: the letter names which one,
   * whether the citizen gave a view (never "we read your view" when none came), and the fine with
   * its real reason when it is zero (art. 42 only when recorded).
   */
  private static void culpable(Letter.Builder letter, Signal signal, String benefit) {
    Determination outcome = approved(signal, Phase.UITKOMST);
    FineProposal fine = outcome == null ? null : outcome.fine();
    Determination intent = approved(signal, Phase.OPZET_GROVE_SCHULD);
    String finding =
        intent != null && intent.conclusion() == Conclusion.GROVE_SCHULD
            ? "Wij vinden dat u bij uw "
                + benefit
                + " met grove schuld onjuiste gegevens heeft gegeven. Dat betekent: u bent zo"
                + " onzorgvuldig geweest dat u had moeten weten dat de gegevens niet klopten."
            : "Wij vinden dat u bij uw "
                + benefit
                + " met opzet onjuiste gegevens heeft gegeven. Dat betekent: u wist dat de"
                + " gegevens niet klopten.";
    letter.section("Wat hebben wij gevonden?", finding, viewSentence(signal));
    if (fine == null || fine.amount().isZero()) {
      letter.section("Krijgt u een boete?", "Nee. " + noFineReason(fine, outcome));
    } else {
      letter.section(
          "Krijgt u een boete?",
          "Wij zijn van plan u een boete te geven van "
              + fine.amount().formatted()
              + ". Dat is "
              + fine.percentage()
              + "% van het bedrag dat u moet terugbetalen (artikel 41 van de Algemene wet"
              + " inkomensafhankelijke regelingen). U krijgt hierover een apart besluit.");
    }
  }

  /** What happened with the citizen's view: given, asked without answer, or not on record. */
  static String viewSentence(Signal signal) {
    Zienswijze view = signal.zienswijze();
    if (view == null) {
      return "Een medewerker van de vaktechniek heeft dit beoordeeld en goedgekeurd.";
    }
    if (view.responded()) {
      return "Wij hebben u gevraagd wat u hiervan vindt. U heeft uw zienswijze gegeven. Wij"
          + " hebben die gelezen en meegewogen.";
    }
    return "Wij hebben u op "
        + DutchDates.format(view.requestedOn())
        + " gevraagd wat u hiervan vindt. Wij hebben geen reactie van u ontvangen.";
  }

  /** The real reason of no fine: art. 42 only when recorded, otherwise the approved reasons. */
  static String noFineReason(FineProposal fine, Determination outcome) {
    if (fine != null && fine.correctedBeforeAware()) {
      return "U heeft de gegevens zelf verbeterd voordat u wist dat wij ze onderzochten. Daarom"
          + " krijgt u geen boete (artikel 42 van de Algemene wet inkomensafhankelijke"
          + " regelingen).";
    }
    String reasons = outcome == null ? null : outcome.reasons();
    return "Wij zien af van een boete. De reden: "
        + (reasons == null || reasons.isBlank()
            ? "zie de motivering in ons besluit"
            : reasons.strip())
        + (reasons != null && reasons.strip().endsWith(".") ? "" : ".");
  }

  private static Determination approved(Signal signal, Phase phase) {
    return signal.determinations().stream()
        .filter(d -> d.phase() == phase && d.isApproved())
        .reduce((a, b) -> b)
        .orElse(null);
  }

  static String benefitName(Signal signal) {
    return switch (signal.benefitType()) {
      case ZORGTOESLAG -> "zorgtoeslag";
      case HUURTOESLAG -> "huurtoeslag";
      case KINDEROPVANGTOESLAG -> "kinderopvangtoeslag";
      case KINDGEBONDEN_BUDGET -> "kindgebonden budget";
    };
  }
}
