package nl.toeslagen.documents.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class LetterRendererTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T09:15:30Z"), ZoneOffset.UTC);
  private final LetterRenderer renderer = new LetterRenderer(CLOCK);

  @BeforeAll
  static void initVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static Letter acknowledgement() {
    return Letter.builder()
        .kind("OBJECTION_ACKNOWLEDGEMENT")
        .reference("3f2b7c1e-8d4a-4a55-9b1e-2c3d4e5f6a7b")
        .date(LocalDate.of(2026, 11, 23))
        .recipient("De heer J. de Vries", "Dorpsstraat 12", "1234 AB  Utrecht")
        .salutation("Geachte heer De Vries,")
        .subject("Wij hebben uw bezwaar ontvangen")
        .section(
            Letter.Section.builder("Wat gebeurt er nu?")
                .paragraph(
                    "Op 20 november 2026 hebben wij uw bezwaar tegen de beslissing over uw"
                        + " zorgtoeslag ontvangen. Wij gaan uw bezwaar nu bekijken.")
                .bullets(
                    "Wij beslissen binnen 6 weken.",
                    "Hebben wij meer tijd nodig? Dan krijgt u een brief van ons.")
                .paragraph("U hoeft nu niets te doen.")
                .build())
        .section("Vragen?", "Bel ons op 0800-0543. Dat is gratis. Wij zijn er voor € 0,00.")
        .signatory("M. Jansen", "teamleider Bezwaar")
        .footer("Artikel 7:10 Algemene wet bestuursrecht (BWBR0005537)")
        .footer("Artikel 6:7 Algemene wet bestuursrecht (BWBR0005537)")
        .build();
  }

  static Letter longLetter() {
    Letter.Builder b =
        Letter.builder()
            .kind("OBJECTION_DECISION")
            .reference("CASE-LONG")
            .date(LocalDate.of(2027, 3, 1))
            .subject("Beslissing op uw bezwaar")
            .footer("Artikel 7:12 Algemene wet bestuursrecht (BWBR0005537)");
    for (int s = 1; s <= 8; s++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        paragraphs.add(
            ("Dit is alinea " + (p + 1) + " van deel " + s + ". ")
                .concat("Wij leggen uit hoe wij tot onze beslissing zijn gekomen. ".repeat(6)));
      }
      b.section("Deel " + s, paragraphs.toArray(String[]::new));
    }
    return b.signatory("M. Jansen", "teamleider Bezwaar").build();
  }

  /** A list that runs over a page break, in a letter without an address block. */
  static Letter bulletsOverAPageBreak() {
    List<String> items = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      items.add("Punt " + i + ": u stuurt ons de stukken die wij hierboven hebben genoemd.");
    }
    return Letter.builder()
        .kind("OBJECTION_REPAIR_REQUEST")
        .reference("BZ-2026-000123")
        .date(LocalDate.of(2026, 12, 24))
        .subject("Wij missen nog gegevens")
        .section(Letter.Section.builder("Wat moet u doen?").bullets(items).build())
        .section(
            Letter.Section.builder(null)
                .paragraph("Stuur alles voor 7 januari 2027.")
                .bullets("Per post.", "Of digitaal.")
                .build())
        .build();
  }

  /** Words longer than a line, cut by the LineBreaker, in a paragraph, a bullet and the subject. */
  static Letter longWords() {
    String word = "abcdefghijklmnopqrstuvwxyzäëïöü0123456789".repeat(120);
    return Letter.builder()
        .kind("OBJECTION_EXTENSION")
        .reference("R-" + "9".repeat(200))
        .date(LocalDate.of(2025, 4, 26))
        .recipient("Mevrouw " + "Z".repeat(150), "Postbus 1 " + "x".repeat(100))
        .subject("Verdaging " + "y".repeat(200))
        .section(
            Letter.Section.builder("Waarom " + "h".repeat(120))
                .paragraph(word)
                .bullets(word)
                .build())
        .section(null, "woord ".repeat(400), "Naam: Zoë Çelik \u4e2d\ttab\r\nnieuwe regel")
        .footer("Artikel 7:10 Algemene wet bestuursrecht " + "f".repeat(300))
        .build();
  }

  static Stream<Arguments> letterShapes() {
    return Stream.of(
        Arguments.of("short, with address and bullets", acknowledgement()),
        Arguments.of("long, several pages", longLetter()),
        Arguments.of("bullets over a page break, no address", bulletsOverAPageBreak()),
        Arguments.of("a draft over several pages", longLetter().asDraft()),
        Arguments.of("long words cut by the line breaker", longWords()),
        Arguments.of(
            "empty paragraphs, items and sections",
            Letter.builder()
                .kind("TEST")
                .reference("R9")
                .date(LocalDate.of(2025, 12, 25))
                .recipient("Mevrouw A. Bakker")
                .subject("Lege delen")
                .section(Letter.Section.builder(null).build())
                .section(Letter.Section.builder("Alleen een kop").build())
                .section(
                    Letter.Section.builder(" ")
                        .paragraph("")
                        .paragraph("\n\n")
                        .bullets("", "  ", "Eén punt")
                        .bullets(List.of())
                        .build())
                .signatory("Team Bezwaar", "")
                .footer("")
                .build()),
        Arguments.of(
            "minimal, no sections and no footer",
            Letter.builder()
                .kind("TEST")
                .reference("R0")
                .date(LocalDate.of(2027, 1, 1))
                .subject("Kort")
                .salutation(null)
                .closing(null)
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letterShapes")
  void everyLetterShapeConformsToPdfA2aAndPdfUa1AccordingToVeraPdf(String shape, Letter letter)
      throws Exception {
    byte[] pdf = renderer.render(letter);

    assertThat(veraPdfFailures(pdf, PDFAFlavour.PDFA_2_A))
        .as("veraPDF PDF/A-2a failed rules (%s)", shape)
        .isEmpty();
    assertThat(veraPdfFailures(pdf, PDFAFlavour.PDFUA_1))
        .as("veraPDF PDF/UA-1 failed rules (%s)", shape)
        .isEmpty();
  }

  @Test
  void veraPdfRejectsAPlainPdfWithoutThePdfAAndPdfUaParts() throws Exception {
    // Guards the checks above: the validator really tells PDF/A and PDF/UA from ordinary PDF.
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (PDDocument plain = new PDDocument()) {
      plain.addPage(new PDPage());
      plain.save(out);
    }
    assertThat(veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFA_2_B)).isNotEmpty();
    assertThat(veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
  }

  @Test
  void veraPdfRejectsALetterWhoseStructureTreeIsRemoved() throws Exception {
    // Guards the PDF/UA check on a letter that is PDF/A in every other respect: without the tags
    // the same letter fails PDF/UA-1 and PDF/A-2a (but not PDF/A-2b).
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(renderer.render(acknowledgement()))) {
      doc.getDocumentCatalog().setStructureTreeRoot(null);
      doc.save(out);
    }
    assertThat(veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFA_2_A)).isNotEmpty();
    assertThat(veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
  }

  @Test
  void textShowsSubjectDutchDateHeaderAndPageNumbers() throws IOException {
    String text = text(renderer.render(acknowledgement()));

    assertThat(text)
        .contains("Dienst Toeslagen")
        .contains("Wij hebben uw bezwaar ontvangen")
        .contains("23 november 2026")
        .contains("Ons kenmerk")
        .contains("Geachte heer De Vries,")
        .contains("Dorpsstraat 12")
        .contains("Wij beslissen binnen 6 weken.")
        .contains("€ 0,00")
        .contains("M. Jansen")
        .contains("teamleider Bezwaar")
        .contains("Artikel 7:10 Algemene wet bestuursrecht (BWBR0005537)")
        .contains("Pagina 1 van 1");
  }

  @Test
  void longLetterBreaksIntoSeveralNumberedPagesWithHeaderOnEach() throws IOException {
    byte[] pdf = renderer.render(longLetter());

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      for (int i = 1; i <= pages; i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        String page = stripper.getText(doc);
        assertThat(page)
            .contains("Dienst Toeslagen")
            .contains("Pagina " + i + " van " + pages)
            .contains("Artikel 7:12");
      }
      String all = new PDFTextStripper().getText(doc);
      // Nothing lost over the page breaks: every paragraph of every part is there.
      for (int s = 1; s <= 8; s++) {
        assertThat(all).contains("Deel " + s).contains("Dit is alinea 4 van deel " + s + ".");
      }
      assertThat(all).contains("1 maart 2027").contains("M. Jansen");
    }
  }

  @Test
  void aDraftSaysSoInItsTitleAndOnEveryPageAndIsOtherwiseTheSameLetter() throws IOException {
    Letter letter = longLetter();
    Letter draft = letter.asDraft();
    assertThat(letter.draft()).isFalse();
    assertThat(draft.draft()).isTrue();
    assertThat(draft.subject()).isEqualTo(letter.subject() + " (CONCEPT – nog niet verzonden)");
    assertThat(draft.sections()).isEqualTo(letter.sections());
    assertThat(draft.footer())
        .startsWith(Letter.DRAFT_FOOTER)
        .endsWith(letter.footer().toArray(String[]::new));
    try (PDDocument doc = Loader.loadPDF(renderer.render(draft))) {
      assertThat(doc.getDocumentInformation().getTitle())
          .endsWith("(CONCEPT – nog niet verzonden)");
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      for (int i = 1; i <= pages; i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        assertThat(stripper.getText(doc)).as("page " + i).contains("CONCEPT – nog niet verzonden");
      }
    }
  }

  @Test
  void longWordsAndLinesStayInsideTheMargins() throws IOException {
    Letter letter =
        Letter.builder()
            .kind("TEST")
            .reference("R1")
            .date(LocalDate.of(2026, 1, 5))
            .subject("Lange regels")
            .section(null, "x".repeat(300), "woord ".repeat(200))
            .build();
    byte[] pdf = renderer.render(letter);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      float pageWidth = doc.getPage(0).getMediaBox().getWidth();
      List<Float> rightEdges = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(
                String text, List<org.apache.pdfbox.text.TextPosition> positions)
                throws IOException {
              for (var p : positions) {
                rightEdges.add(p.getXDirAdj() + p.getWidthDirAdj());
              }
              super.writeString(text, positions);
            }
          };
      String text = stripper.getText(doc);
      assertThat(text.replaceAll("\\s", "")).contains("x".repeat(300));
      assertThat(rightEdges).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(pageWidth - 69f));
    }
  }

  @Test
  void aHundredThousandCharacterWordRendersInWellUnderASecondWithNothingLost() throws IOException {
    String word = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(2_778).substring(0, 100_000);
    Letter letter =
        Letter.builder()
            .kind("OBJECTION_EXTENSION")
            .reference("R-LONG")
            .date(LocalDate.of(2026, 1, 5))
            .subject("Verdaging")
            .section(Letter.Section.builder("Waarom").paragraph(word).bullets(word).build())
            .build();
    renderer.render(letter); // warm up (class loading, JIT): not what is measured

    // CPU time of this thread, not wall-clock time: the build machine is shared, and what must hold
    // is that the work is small, not how busy the machine happens to be.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    byte[] pdf = renderer.render(letter);
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;

    // Was about 260 s for 10,000 characters when every cut re-measured the rest of the word.
    assertThat(millis).as("render CPU time in ms").isLessThan(1_000);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(10);
      String text =
          new PDFTextStripper()
              .getText(doc)
              .replaceAll("\\s", "")
              .replace("DienstToeslagen", "")
              .replace("OnskenmerkR-LONG", "")
              .replace("\u2022", "")
              .replaceAll("Pagina\\d+van" + pages, "");
      // The word appears twice (paragraph and bullet), each time complete and in order.
      int first = text.indexOf(word);
      assertThat(first).isNotNegative();
      assertThat(text.indexOf(word, first + word.length())).isNotNegative();
    }
  }

  @Test
  void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailing() throws IOException {
    Letter letter =
        Letter.builder()
            .kind("TEST")
            .reference("R2")
            .date(LocalDate.of(2026, 1, 5))
            .subject("Tekens")
            .section("Naam", "Naam: Zoë Çelik \u4e2d")
            .build();

    String text = text(renderer.render(letter));

    assertThat(text).contains("Zoë Çelik ?");
  }

  @Test
  void fontIsEmbeddedAndMetadataMatchesDocumentInformation() throws Exception {
    byte[] pdf = renderer.render(acknowledgement());

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.isEncrypted()).isFalse();
      PDPage page = doc.getPage(0);
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
      }
      assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier())
          .isEqualTo("sRGB IEC61966-2.1");
      XMPMetadata xmp =
          new DomXmpParser()
              .parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Wij hebben uw bezwaar ontvangen");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Wij hebben uw bezwaar ontvangen");
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(Instant.parse("2026-11-23T09:15:30Z"))
          .isEqualTo(xmp.getXMPBasicSchema().getCreateDate().toInstant());
    }
  }

  @Test
  void structureTreeReadsTheLetterInOrderWithLogoAddressHeadingsListsAndClosing()
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(renderer.render(acknowledgement()))) {
      assertThat(readingOrder(doc))
          .containsExactly(
              "Figure[Logo van Dienst Toeslagen]: Dienst Toeslagen",
              "Div/P: De heer J. de Vries",
              "Div/P: Dorpsstraat 12",
              "Div/P: 1234 AB Utrecht",
              "P: Datum 23 november 2026",
              "P: Ons kenmerk 3f2b7c1e-8d4a-4a55-9b1e-2c3d4e5f6a7b",
              "P: Onderwerp",
              "H1: Wij hebben uw bezwaar ontvangen",
              "P: Geachte heer De Vries,",
              "Sect/H2: Wat gebeurt er nu?",
              "Sect/P: Op 20 november 2026 hebben wij uw bezwaar tegen de beslissing over uw"
                  + " zorgtoeslag ontvangen. Wij gaan uw bezwaar nu bekijken.",
              "Sect/L/LI/Lbl: \u2022",
              "Sect/L/LI/LBody: Wij beslissen binnen 6 weken.",
              "Sect/L/LI/Lbl: \u2022",
              "Sect/L/LI/LBody: Hebben wij meer tijd nodig? Dan krijgt u een brief van ons.",
              "Sect/P: U hoeft nu niets te doen.",
              "Sect/H2: Vragen?",
              "Sect/P: Bel ons op 0800-0543. Dat is gratis. Wij zijn er voor € 0,00.",
              "Div/P: " + Letter.CONTACT,
              "Div/P: Met vriendelijke groet,",
              "Div/P: namens de Minister van Financiën, Dienst Toeslagen",
              "Div/P: M. Jansen",
              "Div/P: teamleider Bezwaar",
              "Div/P: Artikel 7:10 Algemene wet bestuursrecht (BWBR0005537)",
              "Div/P: Artikel 6:7 Algemene wet bestuursrecht (BWBR0005537)");
      var structure = doc.getDocumentCatalog().getStructureTreeRoot();
      PDStructureElement document = (PDStructureElement) structure.getKids().get(0);
      assertThat(document.getStructureType()).isEqualTo("Document");
      assertThat(structure.getKids()).hasSize(1);
    }
  }

  @Test
  void pageFurnitureIsAnArtifactSoALongLetterIsReadOnceWithEveryParagraphWholeOverPageBreaks()
      throws IOException {
    Letter letter = longLetter();
    try (PDDocument doc = Loader.loadPDF(renderer.render(letter))) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      List<String> order = readingOrder(doc);

      // Header, page numbers and repeated footers are not read; the references once, at the end.
      assertThat(order).noneMatch(e -> e.contains("Pagina"));
      assertThat(order).filteredOn(e -> e.contains("CASE-LONG")).hasSize(1);
      assertThat(order)
          .filteredOn(e -> e.contains("Dienst Toeslagen"))
          .hasSize(2); // logo, signatory line
      assertThat(order)
          .last()
          .isEqualTo("Div/P: Artikel 7:12 Algemene wet bestuursrecht (BWBR0005537)");
      // One level-1 heading (the subject), then a level-2 heading per section.
      assertThat(order)
          .filteredOn(e -> e.startsWith("H1: "))
          .containsExactly("H1: Beslissing op uw bezwaar");
      List<String> expected = new ArrayList<>();
      for (Letter.Section section : letter.sections()) {
        expected.add("Sect/H2: " + section.heading());
        for (Letter.Block block : section.blocks()) {
          expected.add("Sect/P: " + ((Letter.Paragraph) block).text().strip());
        }
      }
      // Each paragraph is one element, whole, even where it runs over a page break.
      assertThat(order).filteredOn(e -> e.startsWith("Sect/")).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void emptyParagraphsListsAndSectionsLeaveNoEmptyElementsInTheStructure() throws IOException {
    Letter letter =
        Letter.builder()
            .kind("TEST")
            .reference("R9")
            .date(LocalDate.of(2025, 12, 25))
            .subject("Lege delen")
            .salutation("")
            .section(Letter.Section.builder(null).build())
            .section(
                Letter.Section.builder("Kop")
                    .paragraph("")
                    .bullets(List.of())
                    .bullets("Eén punt")
                    .build())
            .build();
    try (PDDocument doc = Loader.loadPDF(renderer.render(letter))) {
      assertThat(readingOrder(doc))
          .containsSubsequence(
              "H1: Lege delen",
              "Sect/H2: Kop",
              "Sect/L/LI/Lbl: \u2022",
              "Sect/L/LI/LBody: Eén punt",
              "Div/P: " + Letter.CONTACT)
          .noneMatch(e -> e.endsWith(": "));
      PDStructureElement document =
          (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      assertThat(document.getKids())
          .filteredOn(k -> ((PDStructureElement) k).getStructureType().equals("Sect"))
          .hasSize(1);
    }
  }

  @Test
  void catalogDeclaresTaggedPdfDutchLanguageTitleShownAndBothStandardsInXmp() throws Exception {
    try (PDDocument doc = Loader.loadPDF(renderer.render(acknowledgement()))) {
      var catalog = doc.getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("nl-NL");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(catalog.getStructureTreeRoot().getParentTreeNextKey())
          .isEqualTo(doc.getNumberOfPages());
      byte[] packet = catalog.getMetadata().exportXMPMetadata().readAllBytes();
      XMPMetadata xmp = new DomXmpParser().parse(packet);
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
      assertThat(xmp.getSchema("http://www.aiim.org/pdfua/ns/id/")).isNotNull();
      assertThat(new String(packet, java.nio.charset.StandardCharsets.UTF_8))
          .contains("<pdfuaid:part>1</pdfuaid:part>")
          .contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>");
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Wij hebben uw bezwaar ontvangen");
    }
  }

  @Test
  void everyLetterEndsWithContactLineClosingAndSignatoryLineOnBehalfOfTheMinister()
      throws IOException {
    Letter letter =
        Letter.builder()
            .kind("TEST")
            .reference("BZ-2026-000001")
            .date(LocalDate.of(2026, 5, 4))
            .subject("Standaard")
            .section("Uitleg", "Een alinea.")
            .build();

    String text = text(renderer.render(letter));

    assertThat(text)
        .contains(
            "Heeft u nog vragen? Bel dan de BelastingTelefoon: 0800 - 0543. Bellen is gratis.\n"
                + "Met vriendelijke groet,\n"
                + "namens de Minister van Financiën, Dienst Toeslagen\n");
    assertThat(text.indexOf("Een alinea.")).isLessThan(text.indexOf("0800 - 0543"));
  }

  @Test
  void contextsNameWhoSignsAndMayRewordTheSignatoryAndContactLines() throws IOException {
    Letter signedByTeam =
        Letter.builder()
            .kind("TEST")
            .reference("BZ-2026-000002")
            .date(LocalDate.of(2026, 5, 4))
            .subject("Ondertekend")
            .signatory("Team Bezwaar", "Dienst Toeslagen")
            .build();
    String team = text(renderer.render(signedByTeam));
    assertThat(team)
        .contains(
            "namens de Minister van Financiën, Dienst Toeslagen\nTeam Bezwaar\nPagina 1 van 1");
    // The function "Dienst Toeslagen" is not repeated under the signatory line.
    assertThat(team.split("Dienst Toeslagen", -1)).hasSize(3); // the logo and the signatory line

    Letter reworded =
        Letter.builder()
            .kind("TEST")
            .reference("BZ-2026-000003")
            .date(LocalDate.of(2026, 5, 4))
            .subject("Anders")
            .closing("Hoogachtend,")
            .onBehalfOf("namens de Minister van Financiën, Dienst Toeslagen, team Fraude")
            .contact("Vragen over dit onderzoek? Bel de BelastingTelefoon: 0800 - 0543.")
            .signatory("A. de Boer", "senior onderzoeker")
            .build();
    assertThat(text(renderer.render(reworded)))
        .contains(
            "Vragen over dit onderzoek? Bel de BelastingTelefoon: 0800 - 0543.\n"
                + "Hoogachtend,\n"
                + "namens de Minister van Financiën, Dienst Toeslagen, team Fraude\n"
                + "A. de Boer\n"
                + "senior onderzoeker\n")
        .doesNotContain("Bellen is gratis");
    // Blank means the standard line, so no letter goes out without one.
    assertThat(Letter.builder().onBehalfOf(" ").contact(null))
        .extracting(
            b -> b.kind("K").reference("R").date(LocalDate.of(2026, 1, 1)).subject("S").build())
        .satisfies(
            l -> {
              assertThat(l.onBehalfOf()).isEqualTo(Letter.ON_BEHALF_OF);
              assertThat(l.contact()).isEqualTo(Letter.CONTACT);
            });
  }

  /**
   * The letter as assistive technology reads it: the structure tree in order, one entry per leaf
   * element ("path below Document: text"), the text taken from the marked content the element
   * refers to, on whatever page. A Figure shows its alternative text in brackets.
   */
  static List<String> readingOrder(PDDocument doc) throws IOException {
    Map<COSBase, Map<Integer, String>> textByPage = new HashMap<>();
    for (PDPage page : doc.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, String> byMcid = new HashMap<>();
      for (PDMarkedContent mc : extractor.getMarkedContents()) {
        if (mc.getMCID() >= 0) {
          byMcid.put(mc.getMCID(), markedText(mc));
        }
      }
      textByPage.put(page.getCOSObject(), byMcid);
    }
    PDStructureElement document =
        (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
    List<String> out = new ArrayList<>();
    for (Object kid : document.getKids()) {
      collect((PDStructureElement) kid, "", textByPage, out);
    }
    return out;
  }

  private static void collect(
      PDStructureElement element,
      String path,
      Map<COSBase, Map<Integer, String>> textByPage,
      List<String> out) {
    String here = path + element.getStructureType();
    StringBuilder text = new StringBuilder();
    boolean leaf = true;
    for (Object kid : element.getKids()) {
      if (kid instanceof PDStructureElement child) {
        leaf = false;
        collect(child, here + "/", textByPage, out);
      } else if (kid instanceof Integer mcid) {
        append(text, textByPage.get(element.getPage().getCOSObject()).get(mcid));
      } else if (kid instanceof PDMarkedContentReference ref) {
        append(text, textByPage.get(ref.getPage().getCOSObject()).get(ref.getMCID()));
      }
    }
    if (leaf) {
      String alt = element.getAlternateDescription();
      out.add(here + (alt == null ? "" : "[" + alt + "]") + ": " + text);
    }
  }

  private static void append(StringBuilder text, String part) {
    assertThat(part).as("marked content the structure refers to").isNotNull();
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(part);
  }

  /** The text of one marked-content sequence; a new line or a jump to the right is a space. */
  private static String markedText(PDMarkedContent mc) {
    StringBuilder sb = new StringBuilder();
    org.apache.pdfbox.text.TextPosition previous = null;
    for (Object o : mc.getContents()) {
      if (o instanceof org.apache.pdfbox.text.TextPosition p) {
        if (previous != null) {
          float end = previous.getXDirAdj() + previous.getWidthDirAdj();
          boolean newLine = Math.abs(p.getYDirAdj() - previous.getYDirAdj()) > 0.5f;
          if ((newLine || p.getXDirAdj() > end + 1f) && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
          }
        }
        sb.append(p.getUnicode());
        previous = p;
      }
    }
    return sb.toString().replaceAll(" +", " ").strip();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The failed rules of the flavour (clause and message), empty when the file is compliant. */
  static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    return nl.toeslagen.documents.testing.PdfConformance.failures(pdf, flavour);
  }
}
