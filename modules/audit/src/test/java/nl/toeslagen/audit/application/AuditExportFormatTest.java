package nl.toeslagen.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import nl.toeslagen.audit.api.AuditEntryView;
import nl.toeslagen.audit.api.Outcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditExportFormatTest {

  private static final String TRICKY_REASONS =
      "Bezwaar te laat, want \"termijn\" verstreken\nzie ook regel 2";

  private static AuditEntryView entry(long seq, String reasons, String legalBasis) {
    return new AuditEntryView(
        seq,
        Instant.parse("2024-05-01T10:15:30.120Z"),
        "jan, de behandelaar",
        "BEHANDELAAR",
        "OBJECTION_DECIDED",
        "OBJECTION",
        "obj-" + seq,
        Outcome.REFUSED,
        legalBasis,
        reasons,
        "corr-1",
        "0".repeat(64),
        "a".repeat(64));
  }

  @Test
  void csvHasDutchHeadersAndEscapesCommasQuotesAndNewlines() throws Exception {
    StringWriter out = new StringWriter();
    AuditExportFormat.writeCsv(
        List.of(entry(1, TRICKY_REASONS, "BWBR0005537 art. 6:7"), entry(2, null, null)), out);

    String csv = out.toString();
    assertThat(csv)
        .startsWith(
            "Volgnummer,Tijdstip (UTC),Medewerker,Rol,Handeling,Objecttype,Object-id,Uitkomst,"
                + "Wettelijke grondslag,Motivering,Correlatie-id,Hash vorige regel,Hash\r\n");
    assertThat(csv)
        .contains("\"jan, de behandelaar\"")
        .contains("\"Bezwaar te laat, want \"\"termijn\"\" verstreken\nzie ook regel 2\"");

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("Motivering")).isEqualTo(TRICKY_REASONS);
    assertThat(rows.get(0).get("Medewerker")).isEqualTo("jan, de behandelaar");
    assertThat(rows.get(0).get("Tijdstip (UTC)")).isEqualTo("2024-05-01T10:15:30.120Z");
    assertThat(rows.get(0).get("Uitkomst")).isEqualTo("REFUSED");
    assertThat(rows.get(1).get("Wettelijke grondslag")).isEmpty();
  }

  @Test
  void jsonExportIsAnArrayOfEntriesWithTheirHashes() {
    StringWriter out = new StringWriter();
    AuditExportFormat.writeJson(List.of(entry(1, TRICKY_REASONS, null), entry(2, "ok", null)), out);

    JsonArray array = Json.createReader(new StringReader(out.toString())).readArray();
    assertThat(array).hasSize(2);
    JsonObject first = array.getJsonObject(0);
    assertThat(first.getJsonNumber("sequence").longValue()).isEqualTo(1L);
    assertThat(first.getString("reasons")).isEqualTo(TRICKY_REASONS);
    assertThat(first.getString("occurredAt")).isEqualTo("2024-05-01T10:15:30.120Z");
    assertThat(first.isNull("legalBasis")).isTrue();
    assertThat(first.getString("entryHash")).isEqualTo("a".repeat(64));
  }

  @Test
  void emptyResultStillHasHeaderOrEmptyArray() {
    StringWriter csv = new StringWriter();
    AuditExportFormat.writeCsv(List.of(), csv);
    StringWriter json = new StringWriter();
    AuditExportFormat.writeJson(List.of(), json);

    assertThat(csv.toString()).startsWith("Volgnummer,").hasLineCount(1);
    assertThat(json.toString()).isEqualTo("[]");
  }

  @Test
  void suggestsTimestampedFileName() {
    assertThat(AuditExportService.fileName(Instant.parse("2024-05-01T10:15:30Z"), "csv"))
        .isEqualTo("auditlog-20240501T101530Z.csv");
  }
}
