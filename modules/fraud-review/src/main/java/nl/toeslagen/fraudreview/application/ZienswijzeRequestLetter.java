package nl.toeslagen.fraudreview.application;

import java.util.List;
import nl.toeslagen.documents.api.DutchDates;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.FineProposal;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.ZienswijzeRequest;

/**
 * The letter that asks the citizen for their view before a fine (Awb art. 4:8, 5:53 lid 3): what we
 * found (intent or gross negligence, as approved), the facts, the intended fine and until when they
 * can respond.
 */
public final class ZienswijzeRequestLetter {

  public static final String KIND = "FRAUD_REVIEW_ZIENSWIJZE_REQUEST";

  /** The event key of the request letter (once per signal). */
  public static final String EVENT = "ZIENSWIJZE_REQUEST";

  public static final String FILE_NAME = "verzoek-zienswijze.pdf";

  private ZienswijzeRequestLetter() {}

  public static Letter compose(Signal signal, ZienswijzeRequest request) {
    String benefit = OutcomeLetter.benefitName(signal);
    FineProposal fine = request.intendedFine();
    boolean grossNegligence =
        signal.determinations().stream()
            .filter(d -> d.phase() == Phase.OPZET_GROVE_SCHULD && d.isApproved())
            .map(Determination::conclusion)
            .reduce((a, b) -> b)
            .map(c -> c == Conclusion.GROVE_SCHULD)
            .orElse(false);
    String finding =
        grossNegligence
            ? "Wij denken dat u bij uw "
                + benefit
                + " met grove schuld onjuiste gegevens heeft gegeven: u had moeten weten dat de"
                + " gegevens niet klopten."
            : "Wij denken dat u bij uw "
                + benefit
                + " met opzet onjuiste gegevens heeft gegeven: u wist dat de gegevens niet"
                + " klopten.";
    String intended =
        fine.amount().isZero()
            ? (fine.correctedBeforeAware()
                ? "Wij zijn niet van plan u een boete te geven, omdat u de gegevens zelf heeft"
                    + " verbeterd voordat u wist dat wij ze onderzochten (artikel 42 van de"
                    + " Algemene wet inkomensafhankelijke regelingen)."
                : "Wij zijn niet van plan u een boete te geven.")
            : "Wij zijn van plan u een boete te geven van "
                + fine.amount().formatted()
                + ". Dat is "
                + fine.percentage()
                + "% van het bedrag dat u moet terugbetalen ("
                + fine.recovery().formatted()
                + "; artikel 41 van de Algemene wet inkomensafhankelijke regelingen).";
    return Letter.builder()
        .kind(KIND)
        .reference(signal.caseNumber().toString())
        .date(request.requestedOn())
        .subject("Wij willen weten wat u vindt: voorgenomen boete " + benefit)
        .section(
            "Waarom krijgt u deze brief?",
            "Wij hebben onderzocht of u de juiste "
                + benefit
                + " kreeg. "
                + finding
                + " Voordat wij beslissen, willen wij horen wat u daarvan vindt. Dat heet uw"
                + " zienswijze.")
        .section(Letter.Section.builder("Wat hebben wij gevonden?").bullets(facts(request)).build())
        .section("Wat zijn wij van plan?", intended)
        .section(
            "Wat kunt u doen?",
            "Laat ons uiterlijk "
                + DutchDates.format(request.respondBy())
                + " weten wat u vindt. Dat kan per brief of telefonisch. U mag ook langskomen"
                + " om het uit te leggen.",
            "Reageert u niet voor die datum? Dan beslissen wij zonder uw zienswijze.")
        .footer("Algemene wet bestuursrecht, artikelen 4:8 en 5:53 (BWBR0005537)")
        .footer("Algemene wet inkomensafhankelijke regelingen (BWBR0018472)")
        .build();
  }

  private static List<String> facts(ZienswijzeRequest request) {
    return request.facts();
  }
}
