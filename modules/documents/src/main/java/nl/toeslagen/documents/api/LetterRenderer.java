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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
 * Renders a {@link Letter} as a PDF/A-2b document: Liberation Sans embedded, an sRGB output intent,
 * XMP metadata that matches the document information, no transparency and no encryption. Long
 * letters flow over several A4 pages; every page carries the header "Dienst Toeslagen", the footer
 * lines of the letter and "Pagina n van m".
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
   * @return the bytes of a PDF/A-2b file
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
      id.setConformance("B");
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
    metadata.importXMPMetadata(xml.toByteArray());
    catalog.setMetadata(metadata);
    catalog.setLanguage("nl-NL");
    PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
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

  /** Lays out one letter; holds the state of the current page. */
  private static final class Writer {
    private final PDDocument doc;
    private final PDType0Font font;
    private final Letter letter;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final LineBreaker lines = new LineBreaker(this::glyphWidth);
    private final List<String> footerLines;
    private final float bottomLimit;
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument doc, PDType0Font font, Letter letter) throws IOException {
      this.doc = doc;
      this.font = font;
      this.letter = letter;
      List<String> lines = new ArrayList<>();
      for (String line : letter.footer()) {
        lines.addAll(wrap(line, FOOTER, WIDTH));
      }
      this.footerLines = lines;
      float footerHeight = (footerLines.size() + 1) * FOOTER * LEADING + PAGE_NUMBER * LEADING;
      this.bottomLimit = BOTTOM + footerHeight + 12f;
    }

    void write() throws IOException {
      newPage();
      try {
        writeAddressBlock();
        writeReferenceBlock();
        gap(BODY);
        if (letter.salutation() != null && !letter.salutation().isBlank()) {
          text(letter.salutation(), BODY, false, BLACK, 0);
          gap(BODY * 0.6f);
        }
        for (Letter.Section section : letter.sections()) {
          writeSection(section);
        }
        writeSignature();
      } finally {
        content.close();
      }
      writeFooters();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      y = PAGE.getHeight() - TOP;
      // Header: organisation name, and our reference on every page.
      drawLine(ORGANISATION, LEFT, y - HEADER, HEADER, true, BLUE);
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
      y -= BODY * 2f;
    }

    private void writeAddressBlock() throws IOException {
      if (letter.recipientName() == null || letter.recipientName().isBlank()) {
        return;
      }
      text(letter.recipientName(), BODY, false, BLACK, 0);
      for (String line : letter.recipientAddress()) {
        text(line, BODY, false, BLACK, 0);
      }
      gap(BODY * 2f);
    }

    private void writeReferenceBlock() throws IOException {
      float labelWidth = 80f;
      labelled("Datum", DutchDates.format(letter.date()), labelWidth, false);
      labelled("Ons kenmerk", letter.reference(), labelWidth, false);
      labelled("Onderwerp", letter.subject(), labelWidth, true);
    }

    private void labelled(String label, String value, float labelWidth, boolean bold)
        throws IOException {
      List<String> lines = wrap(value, BODY, WIDTH - labelWidth);
      for (int i = 0; i < lines.size(); i++) {
        ensureSpace(BODY * LEADING);
        float baseline = y - BODY;
        if (i == 0) {
          drawLine(label, LEFT, baseline, BODY, false, GREY);
        }
        drawLine(lines.get(i), LEFT + labelWidth, baseline, BODY, bold, BLACK);
        y -= BODY * LEADING;
      }
    }

    private void writeSection(Letter.Section section) throws IOException {
      if (section.heading() != null && !section.heading().isBlank()) {
        gap(BODY * 0.4f);
        // Keep the heading together with at least two lines of what follows.
        ensureSpace(HEADING * LEADING + 2 * BODY * LEADING);
        text(section.heading(), HEADING, true, BLUE, 0);
        gap(BODY * 0.2f);
      }
      for (Letter.Block block : section.blocks()) {
        if (block instanceof Letter.Paragraph p) {
          text(p.text(), BODY, false, BLACK, 0);
        } else if (block instanceof Letter.BulletList list) {
          for (String item : list.items()) {
            bullet(item);
          }
        }
        gap(BODY * 0.6f);
      }
    }

    private void writeSignature() throws IOException {
      List<String> closing = wrap(letter.closing(), BODY, WIDTH);
      Letter.Signatory who = letter.signatory();
      int lines = closing.size() + (who == null ? 0 : 3 + (who.function().isBlank() ? 0 : 1));
      gap(BODY * 0.4f);
      ensureSpace(lines * BODY * LEADING);
      text(letter.closing(), BODY, false, BLACK, 0);
      if (who != null) {
        gap(BODY * LEADING * 2);
        text(who.name(), BODY, false, BLACK, 0);
        if (!who.function().isBlank()) {
          text(who.function(), BODY, false, BLACK, 0);
        }
        text(ORGANISATION, BODY, false, BLACK, 0);
      }
    }

    private void bullet(String item) throws IOException {
      List<String> lines = wrap(item, BODY, WIDTH - BULLET_INDENT);
      for (int i = 0; i < lines.size(); i++) {
        ensureSpace(BODY * LEADING);
        float baseline = y - BODY;
        if (i == 0) {
          drawLine("\u2022", LEFT + 4f, baseline, BODY, false, BLACK);
        }
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

    /** Adds the footer lines and the page numbers to every page, now that the count is known. */
    private void writeFooters() throws IOException {
      int total = doc.getNumberOfPages();
      for (int i = 0; i < total; i++) {
        PDPage page = doc.getPage(i);
        try (PDPageContentStream out =
            new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
          content = out;
          float baseline = BOTTOM + PAGE_NUMBER * 0.2f;
          String number = "Pagina " + (i + 1) + " van " + total;
          drawLine(
              number,
              PAGE.getWidth() - RIGHT - width(number, PAGE_NUMBER),
              baseline,
              PAGE_NUMBER,
              false,
              GREY);
          float lineY = baseline + PAGE_NUMBER * LEADING;
          for (int l = footerLines.size() - 1; l >= 0; l--) {
            drawLine(footerLines.get(l), LEFT, lineY, FOOTER, false, GREY);
            lineY += FOOTER * LEADING;
          }
          out.setStrokingColor(GREY[0], GREY[1], GREY[2]);
          out.setLineWidth(0.4f);
          out.moveTo(LEFT, lineY);
          out.lineTo(PAGE.getWidth() - RIGHT, lineY);
          out.stroke();
        }
      }
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
