package nl.toeslagen.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Writer;
import nl.toeslagen.audit.api.AuditQuery;
import nl.toeslagen.audit.api.AuditSearchCriteria;

/**
 * Exports every entry matching the criteria's filters (in the criteria's order; page and size are
 * ignored), streaming page by page into the writer. For JAX-RS, wrap it in a {@code
 * StreamingOutput}: {@code out -> export.writeCsv(criteria, new OutputStreamWriter(out, UTF_8))}.
 */
@ApplicationScoped
public class AuditExportService {

  public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
  public static final String JSON_MEDIA_TYPE = "application/json";

  @Inject AuditQuery query;

  public void writeCsv(AuditSearchCriteria criteria, Writer out) {
    AuditExportFormat.CsvWriter csv = AuditExportFormat.csv(out);
    query.forEachMatching(criteria, csv::write);
    csv.finish();
  }

  public void writeJson(AuditSearchCriteria criteria, Writer out) {
    AuditExportFormat.JsonWriter json = AuditExportFormat.json(out);
    query.forEachMatching(criteria, json::write);
    json.finish();
  }

  /** Suggested file name, e.g. "auditlog-20240501T101500Z.csv". */
  public static String fileName(java.time.Instant now, String extension) {
    return "auditlog-"
        + java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC)
            .format(now)
        + "."
        + extension;
  }
}
