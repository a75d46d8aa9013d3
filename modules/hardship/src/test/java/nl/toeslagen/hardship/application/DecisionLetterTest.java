package nl.toeslagen.hardship.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.testing.PdfConformance;
import nl.toeslagen.hardship.domain.BenefitType;
import nl.toeslagen.hardship.domain.HardshipKind;
import nl.toeslagen.hardship.domain.HardshipOutcome;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.Steps;
import nl.toeslagen.hardship.domain.Track;
import nl.toeslagen.hardship.domain.TriageDeadlinePolicy;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The decision letter: plain Dutch with the reasons, the payment plan with the protected income
 * used and how to contest it, the objection clause; PDF/A-2a and PDF/UA-1.
 */
class DecisionLetterTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private static HardshipRequest decided(
      HardshipOutcome outcome, Long relief, Steps.PaymentPlan plan) {
    HardshipRequest r =
        HardshipRequest.register(
            HardshipRequestId.generate(),
            new CaseNumber("HH", 2026, 7),
            Bsn.of("111222333"),
            BenefitType.HUURTOESLAG,
            "TV-2026-77",
            120_000,
            HardshipKind.PERSOONLIJKE_BETALINGSREGELING,
            "Geen inkomen sinds ontslag",
            Set.of(),
            Actor.of("behandelaar1", Role.BEHANDELAAR),
            NOW,
            TODAY,
            new TriageDeadlinePolicy(LegalCalendar.standard()));
    r.triage(
        Track.REGULAR,
        Set.of(),
        "Geen spoed",
        Actor.of("behandelaar1", Role.BEHANDELAAR),
        NOW,
        TODAY,
        new TriageDeadlinePolicy(LegalCalendar.standard()));
    r.assess(
        new Steps.Assessment(
            "Het inkomen viel in maart weg",
            "Awir art. 26 (terugvordering)",
            false,
            true,
            outcome,
            outcome == HardshipOutcome.AFGEWEZEN ? null : "Betalen naar draagkracht",
            relief,
            null,
            plan,
            "Volledig terugbetalen in 24 maanden raakt het bestaansminimum",
            null,
            null,
            "behandelaar2",
            NOW),
        TODAY);
    if (r.open()) {
      r.review(true, "Akkoord", Actor.of("vaktechniek1", Role.VAKTECHNIEK), NOW);
    }
    return r;
  }

  @Test
  void aPartialGrantWithAPaymentPlanStatesTheTermsTheProtectedIncomeAndTheObjectionClause()
      throws Exception {
    Steps.PaymentPlan plan =
        new Steps.PaymentPlan(160_000, 150_000, 0, "PERSONAL_PLAN", 10_000L, 10_000L, 8, List.of());
    byte[] pdf =
        new LetterRenderer()
            .render(
                DecisionLetter.compose(
                    decided(HardshipOutcome.DEELS_TOEGEKEND, 40_000L, plan), TODAY));
    String text = text(pdf);
    assertThat(text)
        .contains("Beslissing op uw verzoek")
        .contains("Wij geven u een deel van wat u vroeg")
        .contains("€ 400,00")
        .contains("8 maanden € 100,00 per maand")
        .contains("beslagvrije voet van € 1.500,00")
        .contains("Klopt de beslagvrije voet niet")
        .contains("bezwaar maken")
        .contains("zes weken")
        .contains("HH-2026-000007")
        .contains("tweede medewerker van de vaktechniek")
        .doesNotContain("DEELS_TOEGEKEND")
        .doesNotContain("PERSONAL_PLAN");
    assertThat(PdfConformance.accessibleAndArchivableFailures(pdf)).isEmpty();
  }

  @Test
  void aRefusalSaysTheRecoveryStandsAndHowToPay() throws Exception {
    String text =
        text(
            new LetterRenderer()
                .render(
                    DecisionLetter.compose(decided(HardshipOutcome.AFGEWEZEN, null, null), TODAY)));
    assertThat(text)
        .contains("Wij kunnen uw verzoek niet toekennen")
        .contains("betalingsregeling")
        .contains("bezwaar maken");
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
