package nl.toeslagen.objections.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stored documents of earlier schema versions (test resources, see their README). */
final class StoredDocuments {

  /** Version 1 as the code before ADR 0016 wrote it: a rich, decided case. */
  static final String V1 = "objection-state-v1.json";

  /** Version 1 as the code before the four-eyes history (issue 7) wrote it: no steps. */
  static final String V1_BEFORE_STEPS = "objection-state-v1-before-steps.json";

  private StoredDocuments() {}

  /** The number migration V3_6 gave a row stored before case numbers existed. */
  static final nl.toeslagen.kernel.CaseNumber ROW_CASE_NUMBER =
      new nl.toeslagen.kernel.CaseNumber("BZ", 2024, 1);

  /** The case as the repository reads it: the document, with the row's case number. */
  static nl.toeslagen.objections.domain.Objection restore(String json) {
    return nl.toeslagen.objections.domain.Objection.restore(
        ObjectionJson.read(json).withCaseNumber(ROW_CASE_NUMBER));
  }

  static String text(String name) {
    try (InputStream in = StoredDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject json(String name) {
    return Json.createReader(new StringReader(text(name))).readObject();
  }
}
