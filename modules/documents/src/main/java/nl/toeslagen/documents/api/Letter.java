package nl.toeslagen.documents.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A letter to a citizen, independent of how it is rendered. The wording (plain Dutch at B1 level)
 * is the caller's job; {@link LetterRenderer} takes care of layout, page breaks and page numbers.
 *
 * @param kind letter kind code, e.g. {@code "OBJECTION_ACKNOWLEDGEMENT"}
 * @param reference our reference ("Ons kenmerk"), usually the case id
 * @param date the date of the letter
 * @param recipientName name of the addressee, or {@code null} when the letter has no address block
 * @param recipientAddress address lines of the addressee (may be empty)
 * @param salutation e.g. "Geachte heer Jansen,"
 * @param subject the subject line ("Onderwerp"), also the document title
 * @param sections the body of the letter
 * @param closing e.g. "Met vriendelijke groet,"
 * @param signatory who signs the letter (a name or a team), or {@code null}
 * @param footer footer lines, typically the legal references the letter is based on
 * @param onBehalfOf the signatory line under the closing; {@code null} or blank gives {@link
 *     #ON_BEHALF_OF}
 * @param contact the contact line before the closing, with a phone number; {@code null} or blank
 *     gives {@link #CONTACT}
 */
public record Letter(
    String kind,
    String reference,
    LocalDate date,
    String recipientName,
    List<String> recipientAddress,
    String salutation,
    String subject,
    List<Section> sections,
    String closing,
    Signatory signatory,
    List<String> footer,
    String onBehalfOf,
    String contact) {

  /** The signatory line every letter carries unless a context names another. */
  public static final String ON_BEHALF_OF = "namens de Minister van Financiën, Dienst Toeslagen";

  /** The phone number of the BelastingTelefoon, which also answers questions about toeslagen. */
  public static final String PHONE = "0800 - 0543";

  /** The contact line every letter carries unless a context words it differently. */
  public static final String CONTACT =
      "Heeft u nog vragen? Bel dan de BelastingTelefoon: " + PHONE + ". Bellen is gratis.";

  /**
   * The mark of a letter shown before it is sent ({@link #asDraft()}): in the title and on every
   * page.
   */
  public static final String DRAFT_MARK = "CONCEPT – nog niet verzonden";

  /** The footer line of a draft, on every page. */
  public static final String DRAFT_FOOTER =
      DRAFT_MARK + ". Dit is een voorbeeld van de brief; de burger heeft hem niet gekregen.";

  public Letter {
    requireText(kind, "kind");
    requireText(reference, "reference");
    Objects.requireNonNull(date, "date");
    requireText(subject, "subject");
    recipientAddress = recipientAddress == null ? List.of() : List.copyOf(recipientAddress);
    sections = sections == null ? List.of() : List.copyOf(sections);
    footer = footer == null ? List.of() : List.copyOf(footer);
    onBehalfOf = onBehalfOf == null || onBehalfOf.isBlank() ? ON_BEHALF_OF : onBehalfOf;
    contact = contact == null || contact.isBlank() ? CONTACT : contact;
  }

  /** A letter with the standard signatory line and contact line. */
  public Letter(
      String kind,
      String reference,
      LocalDate date,
      String recipientName,
      List<String> recipientAddress,
      String salutation,
      String subject,
      List<Section> sections,
      String closing,
      Signatory signatory,
      List<String> footer) {
    this(
        kind,
        reference,
        date,
        recipientName,
        recipientAddress,
        salutation,
        subject,
        sections,
        closing,
        signatory,
        footer,
        null,
        null);
  }

  /**
   * The same letter marked as a draft, for a preview before it is sent: the subject (the heading
   * and the document title) ends with {@link #DRAFT_MARK}, and {@link #DRAFT_FOOTER} is the first
   * footer line, so every page says it. Everything else — the wording, the layout, PDF/A-2a and
   * PDF/UA-1 — is the letter as it will be sent. A draft is never stored or sent.
   */
  public Letter asDraft() {
    List<String> marked = new ArrayList<>();
    marked.add(DRAFT_FOOTER);
    marked.addAll(footer);
    return new Letter(
        kind,
        reference,
        date,
        recipientName,
        recipientAddress,
        salutation,
        subject + " (" + DRAFT_MARK + ")",
        sections,
        closing,
        signatory,
        marked,
        onBehalfOf,
        contact);
  }

  /** Whether this letter is a draft ({@link #asDraft()}), which must never be stored or sent. */
  public boolean draft() {
    return !footer.isEmpty() && DRAFT_FOOTER.equals(footer.get(0));
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** Who signs the letter: a name and a function, e.g. "teamleider Bezwaar". */
  public record Signatory(String name, String function) {
    public Signatory {
      requireText(name, "signatory name");
      function = function == null ? "" : function;
    }
  }

  /** Something in the body of a section: a paragraph or a bullet list. */
  public sealed interface Block permits Paragraph, BulletList {}

  /** A paragraph of running text; a {@code '\n'} forces a line break. */
  public record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A bulleted list. */
  public record BulletList(List<String> items) implements Block {
    public BulletList {
      items = List.copyOf(items);
    }
  }

  /**
   * A part of the letter with an optional heading (e.g. "Wat moet u doen?") and paragraphs and
   * bullet lists in their order.
   */
  public record Section(String heading, List<Block> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }

    /** A section of paragraphs only. */
    public static Section of(String heading, String... paragraphs) {
      Builder b = builder(heading);
      for (String p : paragraphs) {
        b.paragraph(p);
      }
      return b.build();
    }

    public static Builder builder(String heading) {
      return new Builder(heading);
    }

    /** Builds a section block by block. */
    public static final class Builder {
      private final String heading;
      private final List<Block> blocks = new ArrayList<>();

      private Builder(String heading) {
        this.heading = heading;
      }

      public Builder paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
      }

      public Builder bullets(String... items) {
        blocks.add(new BulletList(List.of(items)));
        return this;
      }

      public Builder bullets(List<String> items) {
        blocks.add(new BulletList(items));
        return this;
      }

      public Section build() {
        return new Section(heading, blocks);
      }
    }
  }

  /** Builds a {@link Letter}; kind, reference, date and subject are required. */
  public static final class Builder {
    private String kind;
    private String reference;
    private LocalDate date;
    private String recipientName;
    private final List<String> recipientAddress = new ArrayList<>();
    private String salutation = "Geachte heer/mevrouw,";
    private String subject;
    private final List<Section> sections = new ArrayList<>();
    private String closing = "Met vriendelijke groet,";
    private Signatory signatory;
    private final List<String> footer = new ArrayList<>();
    private String onBehalfOf = ON_BEHALF_OF;
    private String contact = CONTACT;

    private Builder() {}

    public Builder kind(String kind) {
      this.kind = kind;
      return this;
    }

    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    public Builder recipient(String name, String... addressLines) {
      this.recipientName = name;
      this.recipientAddress.clear();
      this.recipientAddress.addAll(List.of(addressLines));
      return this;
    }

    public Builder salutation(String salutation) {
      this.salutation = salutation;
      return this;
    }

    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    public Builder section(Section section) {
      this.sections.add(section);
      return this;
    }

    /** Adds a section of paragraphs. */
    public Builder section(String heading, String... paragraphs) {
      return section(Section.of(heading, paragraphs));
    }

    public Builder closing(String closing) {
      this.closing = closing;
      return this;
    }

    /**
     * Who signs under the signatory line: a name or a team (e.g. "Team Bezwaar") and optionally a
     * function. A function equal to {@link LetterRenderer#ORGANISATION} is not repeated, because
     * the signatory line already names the organisation.
     */
    public Builder signatory(String name, String function) {
      this.signatory = new Signatory(name, function);
      return this;
    }

    /**
     * The signatory line under the closing; defaults to {@link #ON_BEHALF_OF} ("namens de Minister
     * van Financiën, Dienst Toeslagen").
     */
    public Builder onBehalfOf(String line) {
      this.onBehalfOf = line;
      return this;
    }

    /**
     * The contact line before the closing, with a phone number; defaults to {@link #CONTACT} (the
     * BelastingTelefoon, {@value #PHONE}).
     */
    public Builder contact(String line) {
      this.contact = line;
      return this;
    }

    /** Adds a footer line, e.g. "Artikel 7:10 Algemene wet bestuursrecht (BWBR0005537)". */
    public Builder footer(String line) {
      this.footer.add(line);
      return this;
    }

    public Letter build() {
      return new Letter(
          kind,
          reference,
          date,
          recipientName,
          recipientAddress,
          salutation,
          subject,
          sections,
          closing,
          signatory,
          footer,
          onBehalfOf,
          contact);
    }
  }
}
