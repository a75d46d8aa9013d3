package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.riskselection.application.RiskSelectionViews.AlgorithmRegister;
import nl.toeslagen.riskselection.application.RiskSelectionViews.AlgorithmRegisterEntry;
import nl.toeslagen.riskselection.domain.Approval;
import nl.toeslagen.riskselection.domain.ApprovalStep;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.ImpactAssessment;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.RuleSetStatus;
import nl.toeslagen.riskselection.domain.SelectionFeature;

/**
 * The active rule sets in the publication fields of the Algoritmeregister (the Dutch government's
 * algorithm register): as JSON, and as a PDF/A document.
 */
@ApplicationScoped
@Transactional
public class AlgorithmRegisterExport {

  public static final String ORGANISATION = "Dienst Toeslagen";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Inject RuleSetRepository ruleSets;
  @Inject FeatureCatalogueService catalogues;
  @Inject LetterRenderer renderer;
  @Inject Clock clock;

  public AlgorithmRegister register() {
    FeatureCatalogue catalogue = catalogues.current();
    List<AlgorithmRegisterEntry> entries = new ArrayList<>();
    for (RuleSet r : ruleSets.withStatus(RuleSetStatus.ACTIVE)) {
      entries.add(entry(r, catalogue));
    }
    return new AlgorithmRegister(ORGANISATION, clock.instant(), entries);
  }

  /** The register as a PDF/A-2a and PDF/UA-1 document. */
  public byte[] pdf() {
    AlgorithmRegister register = register();
    List<Letter.Section> sections = new ArrayList<>();
    sections.add(
        Letter.Section.of(
            "Over dit overzicht",
            "Dit zijn de selectieregels die Dienst Toeslagen nu gebruikt, met de gegevens die het"
                + " Algoritmeregister van de overheid vraagt. Een selectie beslist nooit zelf:"
                + " een medewerker beoordeelt elke geselecteerde zaak.",
            register.algorithms().isEmpty()
                ? "Er zijn op dit moment geen actieve selectieregels."
                : "Aantal actieve regelsets: " + register.algorithms().size() + "."));
    for (AlgorithmRegisterEntry e : register.algorithms()) {
      sections.add(
          Letter.Section.builder(e.name() + " (versie " + e.version() + ")")
              .paragraph("Korte beschrijving: " + e.shortDescription())
              .paragraph("Status: " + e.status())
              .paragraph("Doel en impact: " + e.purposeAndImpact())
              .paragraph("Afwegingen: " + e.considerations())
              .paragraph("Menselijke tussenkomst: " + e.humanIntervention())
              .paragraph("Risicobeheer: " + e.riskManagement())
              .paragraph("Wettelijke grondslag: " + e.legalBasis() + " (" + e.legalBasisUrl() + ")")
              .paragraph("Impacttoetsen: " + e.impactAssessments())
              .paragraph("Gebruikte gegevens:")
              .bullets(e.dataUsed())
              .build());
    }
    LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
    Letter document =
        new Letter(
            "ALGORITHM_REGISTER",
            "Algoritmeregister " + today,
            today,
            null,
            List.of(),
            null,
            "Selectieregels in het Algoritmeregister",
            sections,
            null,
            null,
            List.of("Export uit het register van selectieregels van " + ORGANISATION),
            ORGANISATION,
            "Dit overzicht is een export uit het register van selectieregels.");
    return renderer.render(document);
  }

  static AlgorithmRegisterEntry entry(RuleSet r, FeatureCatalogue catalogue) {
    ImpactAssessment iama = r.impactAssessment();
    List<String> data = new ArrayList<>();
    for (String code : r.featuresUsed()) {
      SelectionFeature f = catalogue.find(code).orElse(null);
      data.add(
          f == null
              ? code
              : f.labelNl() + " (" + f.source() + "; " + f.classification().labelNl() + ")");
    }
    String approvals =
        r.approvals().stream()
            .filter(Approval::approved)
            .map(a -> a.step().labelNl() + " door " + a.actor() + " op " + a.at())
            .reduce((a, b) -> a + "; " + b)
            .orElse("geen");
    return new AlgorithmRegisterEntry(
        r.id().value(),
        r.name(),
        r.version(),
        r.purpose(),
        ORGANISATION,
        r.status().labelNl(),
        r.purpose()
            + (iama == null ? "" : " Risico's voor grondrechten: " + iama.fundamentalRightsRisks()),
        iama == null
            ? "Geen impactassessment vastgelegd."
            : "Proportionaliteit en subsidiariteit: " + iama.proportionality(),
        (iama == null ? "" : iama.humanOversight() + " ")
            + "Een selectie beslist niets: elke geselecteerde zaak, en elke zaak uit de aselecte"
            + " steekproef, wordt door een medewerker intensief toezicht beoordeeld (vier ogen).",
        (iama == null ? "" : iama.mitigations() + " ")
            + "Verboden kenmerken worden geweigerd; na elke run vergelijkt de biasmonitor de"
            + " selectie met de steekproef per beschermd kenmerk en schorst de regelset bij"
            + " onderscheid. Goedkeuringen: "
            + approvals
            + ".",
        r.legalBasis().toString(),
        r.legalBasis().url(),
        (iama == null ? "" : "IAMA vastgelegd. ")
            + (r.biasTest() == null
                ? "Geen biastest."
                : "Biastest op "
                    + r.biasTest().households()
                    + " synthetische huishoudens: "
                    + (r.biasTest().passed() ? "geslaagd" : "niet geslaagd")
                    + ".")
            + r.approvals().stream()
                .filter(a -> a.step() == ApprovalStep.PRIVACY_REVIEW && a.approved())
                .findFirst()
                .map(a -> " Privacytoets door " + a.actor() + ".")
                .orElse(""),
        data,
        r.approvals().stream()
            .filter(a -> a.step() == ApprovalStep.PROFESSIONAL_APPROVAL && a.approved())
            .map(Approval::at)
            .reduce((a, b) -> b)
            .orElse(null));
  }
}
