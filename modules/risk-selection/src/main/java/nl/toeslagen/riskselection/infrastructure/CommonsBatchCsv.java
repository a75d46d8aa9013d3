package nl.toeslagen.riskselection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.riskselection.domain.Batch;
import nl.toeslagen.riskselection.domain.BatchCase;
import nl.toeslagen.riskselection.domain.BatchCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** {@link BatchCsv} on Apache Commons CSV (RFC 4180, comma separated, first line the header). */
@ApplicationScoped
public class CommonsBatchCsv implements BatchCsv {

  static final String MONITORING = "monitoring.";

  @Override
  public List<BatchCase> read(String csv) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .build();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      List<String> header = parser.getHeaderNames();
      for (String required : List.of("caseRef", "bsn", "benefitType")) {
        if (!header.contains(required)) {
          throw invalid(
              "de kop mist de kolom '" + required + "'", "the header lacks '" + required + "'");
        }
      }
      if (header.size() > 60) {
        throw invalid("meer dan 60 kolommen", "more than 60 columns");
      }
      List<BatchCase> cases = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (cases.size() >= Batch.MAX_CASES) {
          throw invalid(
              "meer dan " + Batch.MAX_CASES + " zaken", "more than " + Batch.MAX_CASES + " cases");
        }
        if (!record.isConsistent()) {
          throw invalid(
              "regel "
                  + (record.getRecordNumber() + 1)
                  + " heeft niet evenveel kolommen als de kop",
              "line " + (record.getRecordNumber() + 1) + " has not as many columns as the header");
        }
        Map<String, String> features = new LinkedHashMap<>();
        Map<String, String> monitoring = new LinkedHashMap<>();
        for (String column : header) {
          String value = record.get(column);
          if (value.length() > 100) {
            throw invalid(
                "regel " + (record.getRecordNumber() + 1) + ", kolom " + column + " is te lang",
                "line " + (record.getRecordNumber() + 1) + ", column " + column + " is too long");
          }
          if (column.equals("caseRef") || column.equals("bsn") || column.equals("benefitType")) {
            continue;
          }
          if (column.startsWith(MONITORING)) {
            if (!value.isEmpty()) {
              monitoring.put(column.substring(MONITORING.length()), value);
            }
          } else if (!value.isEmpty()) {
            features.put(column, value);
          }
        }
        cases.add(
            new BatchCase(
                record.get("caseRef"),
                record.get("bsn"),
                record.get("benefitType"),
                features,
                monitoring));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw invalid("het bestand is geen geldige CSV", "the file is no valid CSV");
    }
  }

  private static ValidationException invalid(String nl, String en) {
    return new ValidationException(
        "csv", "Het CSV-bestand klopt niet: " + nl + ".", "The CSV file is wrong: " + en + ".");
  }
}
