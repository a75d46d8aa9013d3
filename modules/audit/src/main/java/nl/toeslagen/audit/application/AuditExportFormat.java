package nl.toeslagen.audit.application;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.toeslagen.audit.api.AuditEntryView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes audit entries as CSV (RFC 4180, Dutch column headers, UTF-8 text) or as a JSON array.
 * Streaming: entries are written as they come, so exports of any size fit in memory.
 */
public final class AuditExportFormat {

  /** Dutch column headers of the CSV export, in column order. */
  public static final List<String> CSV_HEADERS =
      List.of(
          "Volgnummer",
          "Tijdstip (UTC)",
          "Medewerker",
          "Rol",
          "Handeling",
          "Objecttype",
          "Object-id",
          "Uitkomst",
          "Wettelijke grondslag",
          "Motivering",
          "Correlatie-id",
          "Hash vorige regel",
          "Hash");

  static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private AuditExportFormat() {}

  /** A CSV writer; call {@link CsvWriter#write} per entry and close it at the end. */
  public static CsvWriter csv(Writer out) {
    try {
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setHeader(CSV_HEADERS.toArray(String[]::new))
              .setNullString("")
              .get();
      return new CsvWriter(new CSVPrinter(out, format));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON writer producing {@code [ {...}, ... ]}; close it at the end. */
  public static JsonWriter json(Writer out) {
    JsonGenerator generator = Json.createGenerator(out);
    generator.writeStartArray();
    return new JsonWriter(generator);
  }

  /** Writes all entries as CSV (header included) and flushes. */
  public static void writeCsv(Iterable<AuditEntryView> entries, Writer out) {
    CsvWriter csv = csv(out);
    entries.forEach(csv::write);
    csv.finish();
  }

  /** Writes all entries as a JSON array and flushes. */
  public static void writeJson(Iterable<AuditEntryView> entries, Writer out) {
    JsonWriter json = json(out);
    entries.forEach(json::write);
    json.finish();
  }

  /** Streaming CSV writer. {@link #finish()} flushes without closing the underlying writer. */
  public static final class CsvWriter {
    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
      this.printer = printer;
    }

    public void write(AuditEntryView e) {
      try {
        printer.printRecord(
            e.sequence(),
            UTC_MILLIS.format(e.occurredAt()),
            e.actor(),
            e.role(),
            e.action(),
            e.objectType(),
            e.objectId(),
            e.outcome() == null ? null : e.outcome().name(),
            e.legalBasis(),
            e.reasons(),
            e.correlationId(),
            e.prevHash(),
            e.entryHash());
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    public void finish() {
      try {
        printer.flush();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /** Streaming JSON writer. {@link #finish()} ends the array and flushes. */
  public static final class JsonWriter {
    private final JsonGenerator g;

    private JsonWriter(JsonGenerator g) {
      this.g = g;
    }

    public void write(AuditEntryView e) {
      g.writeStartObject();
      g.write("sequence", e.sequence());
      g.write("occurredAt", UTC_MILLIS.format(e.occurredAt()));
      text("actor", e.actor());
      text("role", e.role());
      text("action", e.action());
      text("objectType", e.objectType());
      text("objectId", e.objectId());
      text("outcome", e.outcome() == null ? null : e.outcome().name());
      text("legalBasis", e.legalBasis());
      text("reasons", e.reasons());
      text("correlationId", e.correlationId());
      text("prevHash", e.prevHash());
      text("entryHash", e.entryHash());
      g.writeEnd();
    }

    public void finish() {
      g.writeEnd();
      g.flush();
    }

    private void text(String name, String value) {
      if (value == null) {
        g.writeNull(name);
      } else {
        g.write(name, value);
      }
    }
  }
}
