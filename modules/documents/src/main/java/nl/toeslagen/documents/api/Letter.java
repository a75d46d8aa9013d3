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
 * @param signatory who signs the letter, or {@code null}
 * @param footer footer lines, typically the legal references the letter is based on
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
    List<String> footer) {

  public Letter {
    requireText(kind, "kind");
    requireText(reference, "reference");
    Objects.requireNonNull(date, "date");
    requireText(subject, "subject");
    recipientAddress = recipientAddress == null ? List.of() : List.copyOf(recipientAddress);
    sections = sections == null ? List.of() : List.copyOf(sections);
    footer = footer == null ? List.of() : List.copyOf(footer);
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

    public Builder signatory(String name, String function) {
      this.signatory = new Signatory(name, function);
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
          footer);
    }
  }
}
