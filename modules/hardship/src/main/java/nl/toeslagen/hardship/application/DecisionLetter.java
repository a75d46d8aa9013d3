package nl.toeslagen.hardship.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.documents.api.DutchDates;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.hardship.domain.HardshipKind;
import nl.toeslagen.hardship.domain.HardshipOutcome;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.Steps;
import nl.toeslagen.kernel.Money;

/**
 * The decision on a hardship request, in plain Dutch and legally complete: what was asked, what we
 * decided and why (the facts, the rule that produced the outcome, the weighing), what is granted, a
 * payment plan with its terms and the protected income used (and how to contest that figure), and
 * how to object (Awb art. 6:7, six weeks). The letter is a decision (besluit, Awb art. 1:3), so an
 * objection to it enters the objection workflow with contested-decision type {@value
 * HardshipViews#CONTESTED_DECISION_TYPE}.
 */
public final class DecisionLetter {

  public static final String KIND = "HARDSHIP_DECISION";

  private DecisionLetter() {}

  public static Letter compose(HardshipRequest r, LocalDate date) {
    Steps.Assessment a = r.decision().orElseThrow(() -> new IllegalStateException("not decided"));
    String benefit = r.benefitType().labelNl();
    String asked = asked(r.kind());
    Letter.Builder letter =
        Letter.builder()
            .kind(KIND)
            .reference(r.caseNumber().toString())
            .date(date)
            .subject(
                "Beslissing op uw verzoek: "
                    + r.kind().labelNl().toLowerCase(java.util.Locale.ROOT))
            .section(
                "Waarom krijgt u deze brief?",
                "U heeft ons op "
                    + DutchDates.format(r.receivedOn())
                    + " gevraagd om "
                    + asked
                    + ". Het gaat om de terugvordering van uw "
                    + benefit
                    + " met kenmerk "
                    + r.recoveryReference()
                    + " van "
                    + Money.ofCents(r.recoveryAmountCents()).formatted()
                    + ". In deze brief leest u wat wij hebben besloten en waarom.");
    letter.section("Wat hebben wij besloten?", decided(r, a));
    letter.section(
        Letter.Section.builder("Waarom hebben wij dit besloten?")
            .paragraph("Wat wij weten: " + sentence(a.facts()))
            .paragraph("Welke regel dit veroorzaakt: " + sentence(a.harshLaw()))
            .paragraph(weighing(r, a))
            .paragraph("Onze afweging: " + sentence(a.reasons()))
            .build());
    Steps.PaymentPlan plan = a.paymentPlan();
    if (plan != null && a.outcome() != HardshipOutcome.AFGEWEZEN) {
      letter.section(paymentPlan(plan));
    }
    if (r.open() == false && a.outcome() != HardshipOutcome.TOEGEKEND) {
      letter.section(
          "Wie heeft dit beoordeeld?",
          "Een medewerker heeft uw verzoek beoordeeld. Een tweede medewerker van de vaktechniek"
              + " heeft die beoordeling gecontroleerd en goedgekeurd.");
    }
    letter.section(
        Letter.Section.builder("Wat betekent dit voor het terugbetalen?")
            .paragraph(collectionAfter(a))
            .build());
    letter.section(
        "Bent u het niet eens met deze beslissing?",
        "Dan kunt u bezwaar maken. Dat moet binnen zes weken na de datum van deze brief (artikel"
            + " 6:7 van de Algemene wet bestuursrecht). Zet in uw bezwaar uw naam, adres, de datum,"
            + " het kenmerk "
            + r.caseNumber()
            + " en waarom u het niet eens bent, en onderteken het. U kunt bezwaar maken via Mijn"
            + " toeslagen of per brief aan Dienst Toeslagen. Wij behandelen uw bezwaar als bezwaar"
            + " tegen deze beslissing.");
    return letter
        .footer("Artikel 47 Algemene wet inkomensafhankelijke regelingen (BWBR0018472)")
        .footer("Artikelen 3:4, 3:46 en 6:7 Algemene wet bestuursrecht (BWBR0005537)")
        .build();
  }

  private static String asked(HardshipKind kind) {
    return switch (kind) {
      case HARDHEIDSCLAUSULE -> "de hardheidsclausule toe te passen (artikel 47 Awir)";
      case MATIGING -> "de terugvordering te verlagen (matigen)";
      case PERSOONLIJKE_BETALINGSREGELING -> "een persoonlijke betalingsregeling";
      case BETAALPAUZE -> "een betaalpauze";
    };
  }

  private static String decided(HardshipRequest r, Steps.Assessment a) {
    String granted = a.granted() == null ? "" : " " + sentence(a.granted());
    String relief =
        a.reliefCents() == null || a.reliefCents() == 0
            ? ""
            : " U hoeft "
                + Money.ofCents(a.reliefCents()).formatted()
                + " niet terug te betalen. Er blijft "
                + Money.ofCents(r.recoveryAmountCents() - a.reliefCents()).formatted()
                + " over.";
    String pause =
        a.pauseUntil() == null
            ? ""
            : " Tot en met " + DutchDates.format(a.pauseUntil()) + " hoeft u niets te betalen.";
    return switch (a.outcome()) {
      case TOEGEKEND -> "Wij geven u wat u vroeg." + granted + relief + pause;
      case DEELS_TOEGEKEND -> "Wij geven u een deel van wat u vroeg." + granted + relief + pause;
      case AFGEWEZEN -> "Wij kunnen uw verzoek niet toekennen. De terugvordering blijft staan.";
    };
  }

  private static String weighing(HardshipRequest r, Steps.Assessment a) {
    List<String> parts = new ArrayList<>();
    if (r.kind() == HardshipKind.HARDHEIDSCLAUSULE || a.unforeseenUnintended()) {
      parts.add(
          a.unforeseenUnintended()
              ? "Wij vinden dat de wetgever dit gevolg niet heeft voorzien en niet heeft bedoeld."
              : "Wij vinden niet dat de wetgever dit gevolg niet heeft voorzien of niet heeft"
                  + " bedoeld. Daarom kunnen wij de hardheidsclausule niet toepassen.");
    }
    if (r.kind() == HardshipKind.MATIGING || a.disproportionate()) {
      parts.add(
          a.disproportionate()
              ? "Wij vinden dat het hele bedrag terugvragen te zwaar voor u is in verhouding tot het"
                  + " doel van de regel."
              : "Wij vinden niet dat het hele bedrag terugvragen te zwaar voor u is in verhouding tot"
                  + " het doel van de regel.");
    }
    if (parts.isEmpty()) {
      parts.add("Wij hebben gekeken naar uw situatie en wat u kunt betalen.");
    }
    return String.join(" ", parts);
  }

  private static Letter.Section paymentPlan(Steps.PaymentPlan p) {
    Letter.Section.Builder s = Letter.Section.builder("Uw betalingsregeling");
    if (p.monthlyTermCents() == null || p.terms() == 0) {
      s.paragraph("Op dit moment hoeft u niets te betalen. " + String.join(" ", p.reasonsNl()));
    } else {
      List<String> items = new ArrayList<>();
      items.add(
          "U betaalt "
              + p.terms()
              + " maanden "
              + Money.ofCents(p.monthlyTermCents()).formatted()
              + " per maand.");
      if (p.lastTermCents() != null && !p.lastTermCents().equals(p.monthlyTermCents())) {
        items.add(
            "De laatste maand betaalt u " + Money.ofCents(p.lastTermCents()).formatted() + ".");
      }
      s.bullets(items);
    }
    s.paragraph(
        "Wij zijn uitgegaan van een inkomen van "
            + Money.ofCents(p.monthlyIncomeCents()).formatted()
            + " per maand en een beslagvrije voet van "
            + Money.ofCents(p.beslagvrijeVoetCents()).formatted()
            + " per maand. De beslagvrije voet is het deel van uw inkomen dat u altijd houdt om van"
            + " te leven. Wij vragen nooit meer dan wat u boven dat bedrag overhoudt.");
    s.paragraph(
        "Klopt de beslagvrije voet niet, bijvoorbeeld omdat uw woonlasten of uw gezin anders zijn?"
            + " Laat het ons binnen zes weken weten, met bewijs. Dan rekenen wij opnieuw. U kunt ook"
            + " bezwaar maken, zoals hieronder staat.");
    return s.build();
  }

  private static String collectionAfter(Steps.Assessment a) {
    if (a.outcome() == HardshipOutcome.AFGEWEZEN) {
      return "Zolang wij over uw verzoek beslisten, hebben wij niets ingevorderd. Nu gaat het"
          + " terugbetalen weer verder. Kunt u het bedrag niet in één keer betalen? Dan kunt u een"
          + " betalingsregeling krijgen die past bij wat u kunt betalen. Bel ons als u hulp nodig"
          + " heeft.";
    }
    return "Zolang wij over uw verzoek beslisten, hebben wij niets ingevorderd. Wat u nog moet"
        + " betalen, staat hierboven. Bel ons als er iets verandert in uw situatie.";
  }

  private static String sentence(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
