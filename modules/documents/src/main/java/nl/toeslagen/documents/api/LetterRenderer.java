package nl.toeslagen.documents.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.transform.TransformerException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Renders a {@link Letter} as a tagged PDF that conforms to PDF/A-2a (archivable) and PDF/UA-1
 * (accessible): Liberation Sans embedded, an sRGB output intent, XMP metadata that matches the
 * document information and identifies both standards, language Dutch, the subject as title (shown
 * by viewers), no transparency and no encryption. The content carries a logical structure tree in
 * reading order (see {@link Writer}). Long letters flow over several A4 pages; every page carries
 * the header "Dienst Toeslagen", the footer lines of the letter and "Pagina n van m". Every letter
 * ends with the standard closing block: the contact line, the closing, the signatory line and who
 * signs.
 */
@ApplicationScoped
public class LetterRenderer {

  /** The organisation shown in the header and recorded as author. */
  public static final String ORGANISATION = "Dienst Toeslagen";

  static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String PRODUCER = "Toeslagen case handling (Apache PDFBox)";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  // Layout in PDF points (1/72 inch) on A4.
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float LEFT = 70f;
  private static final float RIGHT = 70f;
  private static final float TOP = 56f;
  private static final float BOTTOM = 42f;
  private static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;
  private static final float BODY = 10.5f;
  private static final float LEADING = 1.4f;
  private static final float HEADING = 12.5f;
  private static final float HEADER = 15f;
  private static final float FOOTER = 8f;
  private static final float PAGE_NUMBER = 9f;
  private static final float BULLET_INDENT = 16f;
  private static final float LOGO_BAND = 4f;

  /** The alternative text of the logo (the blue band with the word mark) on the first page. */
  static final String LOGO_ALT = "Logo van Dienst Toeslagen";

  /** The document language, in the catalog (BCP 47). */
  static final String LANGUAGE = "nl-NL";

  private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

  private static final float[] BLUE = {0.082f, 0.259f, 0.451f}; // #154273
  private static final float[] BLACK = {0f, 0f, 0f};
  private static final float[] GREY = {0.33f, 0.33f, 0.33f};

  private static volatile byte[] fontBytes;

  private final Clock clock;

  /** For CDI and plain use: creation times come from the system clock. */
  public LetterRenderer() {
    this(Clock.systemUTC());
  }

  /** With a given clock for the creation time (tests). */
  public LetterRenderer(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Renders the letter.
   *
   * @return the bytes of a PDF/A-2a and PDF/UA-1 file
   */
  public byte[] render(Letter letter) {
    Objects.requireNonNull(letter, "letter");
    // The TrueType font must stay open until the document is saved (subsetting happens then).
    try (PDDocument doc = new PDDocument();
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes()))) {
      doc.setVersion(1.7f);
      // No glyph substitution: letters need no ligatures, and PDFBox's substitution step compiles
      // a regular expression for every line shown (about 1.5 ms a line), which made long texts
      // slow. Without it, text extraction also gives back exactly the characters written.
      ttf.setEnableGsub(false);
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      Calendar created =
          GregorianCalendar.from(
              ZonedDateTime.now(clock).withZoneSameInstant(ZONE).truncatedTo(ChronoUnit.SECONDS));
      new Writer(doc, font, letter).write();
      addPdfAParts(doc, letter, created);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render letter " + letter.kind(), e);
    }
  }

  private static byte[] fontBytes() throws IOException {
    byte[] bytes = fontBytes;
    if (bytes == null) {
      try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
        if (in == null) {
          throw new IOException("Font not found on the class path: " + FONT_RESOURCE);
        }
        bytes = in.readAllBytes();
      }
      fontBytes = bytes;
    }
    return bytes;
  }

  private static void addPdfAParts(PDDocument doc, Letter letter, Calendar created)
      throws IOException {
    String title = clean(letter.subject());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(ORGANISATION);
    info.setCreator(ORGANISATION);
    info.setProducer(PRODUCER);
    info.setCreationDate(created);
    info.setModificationDate(created);

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(ORGANISATION);
    dc.setFormat("application/pdf");
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(ORGANISATION);
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    id.setPart(2);
    try {
      id.setConformance("A");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, xml, true);
    } catch (TransformerException e) {
      throw new IOException("Could not write XMP metadata", e);
    }
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(withPdfUaIdentification(xml.toString(StandardCharsets.UTF_8)));
    catalog.setMetadata(metadata);
    catalog.setLanguage(LANGUAGE);
    PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
    prefs.setDisplayDocTitle(true);
    catalog.setViewerPreferences(prefs);

    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);

    // PDF/A requires a file identifier in the trailer.
    COSString fileId = new COSString(documentId(letter, created));
    COSArray ids = new COSArray();
    ids.add(fileId);
    ids.add(fileId);
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /**
   * Adds the PDF/UA identification ({@code pdfuaid:part 1}) to the XMP packet. xmpbox has no schema
   * class for it, and PDF/A-2 accepts properties outside its predefined schemas only when the
   * packet describes them in a PDF/A extension schema; both are added as one fixed description.
   */
  private static byte[] withPdfUaIdentification(String xmp) {
    String description =
        "<rdf:Description rdf:about=\"\""
            + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>"
            + PDFUA_NS
            + "</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:name>part</pdfaProperty:name>"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
            + "</pdfaProperty:description>"
            + "</rdf:li></rdf:Seq></pdfaSchema:property>"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>"
            + "</rdf:Description>"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\""
            + PDFUA_NS
            + "\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>";
    int end = xmp.lastIndexOf("</rdf:RDF>");
    if (end < 0) {
      throw new IllegalStateException("XMP packet without rdf:RDF");
    }
    return (xmp.substring(0, end) + description + xmp.substring(end))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] documentId(Letter letter, Calendar created) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(letter.kind().getBytes(StandardCharsets.UTF_8));
      md5.update(letter.reference().getBytes(StandardCharsets.UTF_8));
      md5.update(Long.toString(created.getTimeInMillis()).getBytes(StandardCharsets.UTF_8));
      md5.update(letter.subject().getBytes(StandardCharsets.UTF_8));
      return md5.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tabs become spaces, carriage returns and other control characters disappear. */
  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                sb.append(' ');
              } else if (cp == '\n' || !Character.isISOControl(cp)) {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }

  /**
   * Lays out one letter and tags it as it goes; holds the state of the current page. Every piece of
   * content is either real content, inside a marked-content sequence (BDC with an MCID) that a
   * structure element refers to, or an artifact (BMC /Artifact): the page header, the page numbers,
   * the rules and the repeated footers. See docs/adr/0019-accessible-letters.md.
   */
  private static final class Writer {
    private final PDDocument doc;
    private final PDType0Font font;
    private final Letter letter;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final LineBreaker lines = new LineBreaker(this::glyphWidth);
    private final List<List<String>> footerLines;
    private final int footerLineCount;
    private final float bottomLimit;
    private PDPageContentStream content;
    private float y;

    // Tagging state.
    private final PDStructureTreeRoot structureRoot = new PDStructureTreeRoot();
    private final PDStructureElement document;

    /** Per page (index = the page's StructParents), the structure element of each MCID. */
    private final List<COSArray> parentTree = new ArrayList<>();

    private PDPage page;
    private int pageIndex = -1;

    /** The element the content drawn next belongs to. */
    private PDStructureElement target;

    /** The element whose marked-content sequence is open in the content stream, or null. */
    private PDStructureElement marked;

    private boolean inArtifact;

    Writer(PDDocument doc, PDType0Font font, Letter letter) throws IOException {
      this.doc = doc;
      this.font = font;
      this.letter = letter;
      List<List<String>> footers = new ArrayList<>();
      int count = 0;
      for (String line : letter.footer()) {
        List<String> wrapped = wrap(line, FOOTER, WIDTH);
        footers.add(wrapped);
        count += wrapped.size();
      }
      this.footerLines = footers;
      this.footerLineCount = count;
      float footerHeight = (count + 1) * FOOTER * LEADING + PAGE_NUMBER * LEADING;
      this.bottomLimit = BOTTOM + footerHeight + 12f;
      this.document = new PDStructureElement(StandardStructureTypes.DOCUMENT, structureRoot);
      document.setTitle(clean(letter.subject()));
      structureRoot.appendKid(document);
    }

    void write() throws IOException {
      newPage();
      try {
        writeAddressBlock();
        writeReferenceBlock();
        gap(BODY);
        if (letter.salutation() != null && !letter.salutation().isBlank()) {
          into(element(document, StandardStructureTypes.P));
          text(letter.salutation(), BODY, false, BLACK, 0);
          gap(BODY * 0.6f);
        }
        for (Letter.Section section : letter.sections()) {
          writeSection(section);
        }
        writeClosing();
        endMarked();
      } finally {
        content.close();
      }
      writeFooters();
      finishStructure();
    }

    private void newPage() throws IOException {
      PDStructureElement resume = target;
      endMarked();
      if (content != null) {
        content.close();
      }
      page = new PDPage(PAGE);
      doc.addPage(page);
      pageIndex++;
      page.setStructParents(pageIndex);
      // Tab order follows the structure (PDF/UA asks for it on pages with annotations; harmless).
      page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
      parentTree.add(new COSArray());
      content = new PDPageContentStream(doc, page);
      y = PAGE.getHeight() - TOP;
      // Header: the logo (a blue band and the word mark) and our reference. On the first page the
      // logo is a Figure with alternative text; on later pages the header repeats and is an
      // artifact.
      if (pageIndex == 0) {
        PDStructureElement logo = element(document, StandardStructureTypes.Figure);
        logo.setAlternateDescription(LOGO_ALT);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
        layout.setBBox(new PDRectangle(LEFT, y - HEADER - 3f, logoWidth(), HEADER + 5f));
        logo.addAttribute(layout);
        into(logo);
        drawLogo();
        endMarked();
        beginArtifact();
      } else {
        beginArtifact();
        drawLogo();
      }
      String ref = printableOnly(clean("Ons kenmerk " + letter.reference()));
      float refSize = FOOTER + 1;
      drawLine(
          ref, PAGE.getWidth() - RIGHT - width(ref, refSize), y - HEADER, refSize, false, GREY);
      y -= HEADER * LEADING;
      content.setStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
      content.setLineWidth(0.8f);
      content.moveTo(LEFT, y);
      content.lineTo(PAGE.getWidth() - RIGHT, y);
      content.stroke();
      endArtifact();
      y -= BODY * 2f;
      target = resume;
    }

    private float logoWidth() throws IOException {
      return LOGO_BAND + 6f + width(ORGANISATION, HEADER);
    }

    private void drawLogo() throws IOException {
      if (!inArtifact) {
        mark();
      }
      content.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
      content.addRect(LEFT, y - HEADER - 3f, LOGO_BAND, HEADER + 5f);
      content.fill();
      drawLine(ORGANISATION, LEFT + LOGO_BAND + 6f, y - HEADER, HEADER, true, BLUE);
    }

    private void writeAddressBlock() throws IOException {
      if (letter.recipientName() == null || letter.recipientName().isBlank()) {
        return;
      }
      PDStructureElement address = element(document, StandardStructureTypes.DIV);
      into(element(address, StandardStructureTypes.P));
      text(letter.recipientName(), BODY, false, BLACK, 0);
      for (String line : letter.recipientAddress()) {
        into(element(address, StandardStructureTypes.P));
        text(line, BODY, false, BLACK, 0);
      }
      gap(BODY * 2f);
    }

    private void writeReferenceBlock() throws IOException {
      float labelWidth = 80f;
      PDStructureElement date = element(document, StandardStructureTypes.P);
      labelled("Datum", DutchDates.format(letter.date()), labelWidth, false, date, date);
      PDStructureElement reference = element(document, StandardStructureTypes.P);
      labelled("Ons kenmerk", letter.reference(), labelWidth, false, reference, reference);
      // The subject is the letter's title: its level-1 heading, after its visual label.
      PDStructureElement label = element(document, StandardStructureTypes.P);
      PDStructureElement subject = element(document, StandardStructureTypes.H1);
      labelled("Onderwerp", letter.subject(), labelWidth, true, label, subject);
    }

    private void labelled(
        String label,
        String value,
        float labelWidth,
        boolean bold,
        PDStructureElement labelElement,
        PDStructureElement valueElement)
        throws IOException {
      List<String> lines = wrap(value, BODY, WIDTH - labelWidth);
      for (int i = 0; i < lines.size(); i++) {
        ensureSpace(BODY * LEADING);
        float baseline = y - BODY;
        if (i == 0) {
          into(labelElement);
          drawLine(label, LEFT, baseline, BODY, false, GREY);
        }
        into(valueElement);
        drawLine(lines.get(i), LEFT + labelWidth, baseline, BODY, bold, BLACK);
        y -= BODY * LEADING;
      }
    }

    private void writeSection(Letter.Section section) throws IOException {
      PDStructureElement sect = element(document, StandardStructureTypes.SECT);
      if (section.heading() != null && !section.heading().isBlank()) {
        gap(BODY * 0.4f);
        // Keep the heading together with at least two lines of what follows.
        ensureSpace(HEADING * LEADING + 2 * BODY * LEADING);
        into(element(sect, StandardStructureTypes.H2));
        text(section.heading(), HEADING, true, BLUE, 0);
        gap(BODY * 0.2f);
      }
      for (Letter.Block block : section.blocks()) {
        if (block instanceof Letter.Paragraph p) {
          into(element(sect, StandardStructureTypes.P));
          text(p.text(), BODY, false, BLACK, 0);
        } else if (block instanceof Letter.BulletList list) {
          PDStructureElement l = element(sect, StandardStructureTypes.L);
          PDListAttributeObject numbering = new PDListAttributeObject();
          numbering.setListNumbering(PDListAttributeObject.LIST_NUMBERING_DISC);
          l.addAttribute(numbering);
          for (String item : list.items()) {
            bullet(element(l, StandardStructureTypes.LI), item);
          }
        }
        gap(BODY * 0.6f);
      }
    }

    /**
     * The standard closing block: the contact line, the closing ("Met vriendelijke groet,"), the
     * signatory line and who signs.
     */
    private void writeClosing() throws IOException {
      PDStructureElement block = element(document, StandardStructureTypes.DIV);
      gap(BODY * 0.4f);
      into(element(block, StandardStructureTypes.P));
      text(letter.contact(), BODY, false, BLACK, 0);
      gap(BODY * 0.6f);

      List<String> closing = wrap(letter.closing(), BODY, WIDTH);
      List<String> onBehalfOf = wrap(letter.onBehalfOf(), BODY, WIDTH);
      Letter.Signatory who = letter.signatory();
      boolean function =
          who != null
              && !who.function().isBlank()
              && !who.function().strip().equalsIgnoreCase(ORGANISATION);
      int count = closing.size() + onBehalfOf.size() + (who == null ? 0 : 3 + (function ? 1 : 0));
      gap(BODY * 0.4f);
      ensureSpace(count * BODY * LEADING);
      if (letter.closing() != null && !letter.closing().isBlank()) {
        into(element(block, StandardStructureTypes.P));
        text(letter.closing(), BODY, false, BLACK, 0);
      }
      into(element(block, StandardStructureTypes.P));
      text(letter.onBehalfOf(), BODY, false, BLACK, 0);
      if (who != null) {
        gap(BODY * LEADING * 2);
        into(element(block, StandardStructureTypes.P));
        text(who.name(), BODY, false, BLACK, 0);
        if (function) {
          into(element(block, StandardStructureTypes.P));
          text(who.function(), BODY, false, BLACK, 0);
        }
      }
    }

    private void bullet(PDStructureElement item, String text) throws IOException {
      List<String> lines = wrap(text, BODY, WIDTH - BULLET_INDENT);
      PDStructureElement label = element(item, StandardStructureTypes.LBL);
      PDStructureElement body = element(item, StandardStructureTypes.L_BODY);
      for (int i = 0; i < lines.size(); i++) {
        ensureSpace(BODY * LEADING);
        float baseline = y - BODY;
        if (i == 0) {
          into(label);
          drawLine("\u2022", LEFT + 4f, baseline, BODY, false, BLACK);
        }
        into(body);
        drawLine(lines.get(i), LEFT + BULLET_INDENT, baseline, BODY, false, BLACK);
        y -= BODY * LEADING;
      }
    }

    /** Writes wrapped text at the current position, breaking pages where needed. */
    private void text(String value, float size, boolean bold, float[] color, float indent)
        throws IOException {
      for (String line : wrap(value, size, WIDTH - indent)) {
        ensureSpace(size * LEADING);
        drawLine(line, LEFT + indent, y - size, size, bold, color);
        y -= size * LEADING;
      }
    }

    private void gap(float height) {
      y -= height;
    }

    private void ensureSpace(float height) throws IOException {
      if (y - height < bottomLimit) {
        newPage();
      }
    }

    private void drawLine(
        String line, float x, float baseline, float size, boolean bold, float[] color)
        throws IOException {
      if (line.isEmpty()) {
        return;
      }
      if (!inArtifact) {
        mark();
      }
      content.beginText();
      content.setFont(font, size);
      content.setNonStrokingColor(color[0], color[1], color[2]);
      if (bold) {
        // No bold face ships with PDFBox: stroke the outline as well for a heavier look.
        content.setRenderingMode(RenderingMode.FILL_STROKE);
        content.setStrokingColor(color[0], color[1], color[2]);
        content.setLineWidth(size * 0.03f);
      } else {
        content.setRenderingMode(RenderingMode.FILL);
      }
      content.newLineAtOffset(x, baseline);
      content.showText(line);
      content.endText();
    }

    /**
     * Adds the footer lines and the page numbers to every page, now that the count is known. Page
     * numbers, rules and the footers of all pages but the last are artifacts; the footer of the
     * last page is real content, so that the legal references are read once, after the signature.
     */
    private void writeFooters() throws IOException {
      int total = doc.getNumberOfPages();
      PDStructureElement references = null;
      for (int i = 0; i < total; i++) {
        page = doc.getPage(i);
        pageIndex = i;
        boolean last = i == total - 1;
        try (PDPageContentStream out =
            new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
          content = out;
          float baseline = BOTTOM + PAGE_NUMBER * 0.2f;
          float ruleY = baseline + PAGE_NUMBER * LEADING + footerLineCount * FOOTER * LEADING;
          beginArtifact();
          String number = "Pagina " + (i + 1) + " van " + total;
          drawLine(
              number,
              PAGE.getWidth() - RIGHT - width(number, PAGE_NUMBER),
              baseline,
              PAGE_NUMBER,
              false,
              GREY);
          out.setStrokingColor(GREY[0], GREY[1], GREY[2]);
          out.setLineWidth(0.4f);
          out.moveTo(LEFT, ruleY);
          out.lineTo(PAGE.getWidth() - RIGHT, ruleY);
          out.stroke();
          if (last && !footerLines.isEmpty()) {
            endArtifact();
            references = element(document, StandardStructureTypes.DIV);
          }
          // Top down, in reading order.
          float lineY = ruleY - FOOTER * LEADING;
          for (List<String> footer : footerLines) {
            if (references != null) {
              into(element(references, StandardStructureTypes.P));
            }
            for (String line : footer) {
              drawLine(line, LEFT, lineY, FOOTER, false, GREY);
              lineY -= FOOTER * LEADING;
            }
          }
          if (references != null) {
            endMarked();
          } else {
            endArtifact();
          }
        }
      }
    }

    // --- Tagging ---------------------------------------------------------------------------------

    private static PDStructureElement element(PDStructureNode parent, String type) {
      PDStructureElement e = new PDStructureElement(type, parent);
      parent.appendKid(e);
      return e;
    }

    /** The content drawn from now on belongs to the given element. */
    private void into(PDStructureElement element) throws IOException {
      if (marked != null && marked != element) {
        endMarked();
      }
      target = element;
    }

    /** Opens a marked-content sequence for the target element unless one is open. */
    private void mark() throws IOException {
      if (marked == target) {
        return;
      }
      if (target == null) {
        throw new IllegalStateException("content outside the structure tree");
      }
      endMarked();
      COSArray elements = parentTree.get(pageIndex);
      int mcid = elements.size();
      elements.add(target);
      content.beginMarkedContent(COSName.getPDFName(target.getStructureType()), mcid);
      COSBase pg = target.getCOSObject().getDictionaryObject(COSName.PG);
      if (pg == null) {
        target.setPage(page);
        target.appendKid(mcid);
      } else if (pg == page.getCOSObject()) {
        target.appendKid(mcid);
      } else {
        // The element continues on another page: refer to the content with its page.
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        target.appendKid(reference);
      }
      marked = target;
    }

    private void endMarked() throws IOException {
      if (marked != null) {
        content.endMarkedContent();
        marked = null;
      }
    }

    private void beginArtifact() throws IOException {
      endMarked();
      content.beginMarkedContent(COSName.ARTIFACT);
      inArtifact = true;
    }

    private void endArtifact() throws IOException {
      content.endMarkedContent();
      inArtifact = false;
    }

    /**
     * Removes elements that got no content (an empty paragraph, a section without heading or
     * blocks, an empty list), so assistive technology announces nothing that is not there.
     */
    private static void prune(PDStructureNode node) {
      for (Object kid : node.getKids()) {
        if (kid instanceof PDStructureElement child) {
          prune(child);
          if (child.getKids().isEmpty()) {
            node.removeKid(child);
          }
        }
      }
    }

    /** Links the structure tree into the catalog with its parent tree (MCID to element). */
    private void finishStructure() {
      prune(document);
      Map<Integer, COSObjectable> numbers = new HashMap<>();
      for (int i = 0; i < parentTree.size(); i++) {
        numbers.put(i, new PDParentTreeValue(parentTree.get(i)));
      }
      PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
      tree.setNumbers(numbers);
      structureRoot.setParentTree(tree);
      structureRoot.setParentTreeNextKey(parentTree.size());
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      catalog.setStructureTreeRoot(structureRoot);
      PDMarkInfo markInfo = new PDMarkInfo();
      markInfo.setMarked(true);
      catalog.setMarkInfo(markInfo);
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000f * size;
    }

    /**
     * Greedy word wrap, linear in the text's length (see {@link LineBreaker}); '\n' forces a break,
     * words longer than the width are cut.
     */
    List<String> wrap(String text, float size, float maxWidth) {
      List<String> result = new ArrayList<>();
      for (String hard : printableOnly(clean(text)).split("\n", -1)) {
        result.addAll(lines.wrap(hard, size, maxWidth));
      }
      return result;
    }

    private float glyphWidth(int codePoint) {
      try {
        return font.getStringWidth(new String(Character.toChars(codePoint)));
      } catch (IOException | IllegalArgumentException e) {
        // printableOnly() has replaced what the font cannot encode; be safe all the same.
        return font.getAverageFontWidth();
      }
    }

    /** Replaces characters the embedded font has no glyph for with '?'. */
    private String printableOnly(String text) {
      StringBuilder sb = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (cp == '\n' || printable.computeIfAbsent(cp, this::canEncode)) {
                  sb.appendCodePoint(cp);
                } else {
                  sb.append('?');
                }
              });
      return sb.toString();
    }

    private boolean canEncode(int codePoint) {
      try {
        font.encode(new String(Character.toChars(codePoint)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }
  }
}
