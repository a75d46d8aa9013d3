package nl.toeslagen.riskselection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.testing.PdfConformance;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.riskselection.application.RiskSelectionViews.AlgorithmRegisterEntry;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.ClassificationChangeRepository;
import nl.toeslagen.riskselection.domain.Comparison;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.ImpactAssessment;
import nl.toeslagen.riskselection.domain.Indicator;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.RuleSetStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The Algoritmeregister export: the publication fields of each active rule set, and PDF/A. */
class AlgorithmRegisterExportTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private static RuleSet active() {
    RuleSet r =
        RuleSet.register(
            RuleSetId.generate(),
            new RuleSet.Draft(
                "Wijzigingen kinderopvang",
                "Aanvragen met een verhoogd risico op een onjuist voorschot vinden",
                LegalReference.parse("BWBR0018472 art. 40"),
                60,
                List.of(
                    new Indicator(
                        "I1",
                        "Veel wijzigingen",
                        "aantal_wijzigingen_jaar",
                        Comparison.GE,
                        "6",
                        60)),
                null,
                null,
                "<dmn/>",
                List.of("aantal_wijzigingen_jaar")),
            null,
            FeatureCatalogue.standard(),
            Actor.of("toezicht1", Role.TOEZICHT),
            NOW);
    r.submit(Actor.of("toezicht1", Role.TOEZICHT));
    r.privacyReview(true, "akkoord", Actor.of("privacy1", Role.PRIVACY), NOW);
    r.recordImpactAssessment(
        new ImpactAssessment(
            "Doel",
            "Grondslag",
            "Alleen gewone gegevens",
            "Een medewerker beslist",
            "Onderscheid",
            "Biasmonitor"),
        true,
        "volledig",
        Actor.of("privacy2", Role.PRIVACY),
        NOW);
    r.professionalApproval(
        true,
        "akkoord",
        FeatureCatalogue.standard(),
        Actor.of("vaktechniek1", Role.VAKTECHNIEK),
        NOW);
    return r;
  }

  private static AlgorithmRegisterExport export(RuleSet... ruleSets) {
    AlgorithmRegisterExport export = new AlgorithmRegisterExport();
    export.ruleSets = new InMemoryRuleSets(List.of(ruleSets));
    export.catalogues = new FeatureCatalogueService();
    export.catalogues.changes = new NoChanges();
    export.renderer = new LetterRenderer();
    export.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return export;
  }

  @Test
  void everyActiveRuleSetIsPublishedWithTheRegistersFields() {
    AlgorithmRegisterEntry entry = export(active()).register().algorithms().get(0);
    assertThat(entry.organisation()).isEqualTo("Dienst Toeslagen");
    assertThat(entry.status()).isEqualTo("Actief");
    assertThat(entry.legalBasis()).isEqualTo("BWBR0018472 art. 40");
    assertThat(entry.legalBasisUrl()).startsWith("https://wetten.overheid.nl/");
    assertThat(entry.humanIntervention()).contains("medewerker");
    assertThat(entry.riskManagement()).contains("biasmonitor", "privacy1");
    assertThat(entry.impactAssessments()).contains("IAMA");
    assertThat(entry.dataUsed())
        .containsExactly("Aantal wijzigingen dit jaar (Wijzigingen; Toegestaan)");
    assertThat(entry.activeSince()).isEqualTo(NOW);
  }

  @Test
  void thePdfIsAccessibleAndArchivableAndNamesEachRuleSet() throws Exception {
    byte[] pdf = export(active()).pdf();
    assertThat(PdfConformance.accessibleAndArchivableFailures(pdf)).isEmpty();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Wijzigingen kinderopvang (versie 1)", "Menselijke tussenkomst");
    }
  }

  @Test
  void withoutActiveRuleSetsTheDocumentSaysSo() throws IOException {
    byte[] pdf = export().pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("geen actieve selectieregels");
    }
  }

  private record InMemoryRuleSets(List<RuleSet> all) implements RuleSetRepository {
    @Override
    public Optional<RuleSet> find(RuleSetId id) {
      return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public void save(RuleSet ruleSet) {}

    @Override
    public java.util.OptionalInt latestVersion(String name) {
      return all.stream().filter(r -> r.name().equals(name)).mapToInt(RuleSet::version).max();
    }

    @Override
    public List<RuleSet> withStatus(RuleSetStatus status) {
      return all.stream().filter(r -> r.status() == status).toList();
    }
  }

  private static final class NoChanges implements ClassificationChangeRepository {
    @Override
    public Optional<ClassificationChange> find(String id) {
      return Optional.empty();
    }

    @Override
    public void save(ClassificationChange change) {}

    @Override
    public List<ClassificationChange> all() {
      return new ArrayList<>();
    }

    @Override
    public List<ClassificationChange> approved() {
      return List.of();
    }
  }
}
