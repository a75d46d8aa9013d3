package nl.toeslagen.caselaw.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.LocalDate;
import java.util.Set;
import nl.toeslagen.caselaw.domain.Appeal;
import nl.toeslagen.caselaw.domain.AppealSteps;

/**
 * The JSON document of an appeal's steps (JSON-B, the domain's public records as they are). Version
 * {@value #STATE_VERSION}: a later change of its shape adds an upcaster from this version (ADR
 * 0016).
 */
public final class AppealJson {

  static final int STATE_VERSION = 1;

  static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  /** What an appeal holds besides its columns. */
  public record Document(
      String objectionCaseNumber,
      LocalDate objectionDecidedOn,
      Set<String> objectionDrafters,
      Set<String> objectionReviewers,
      String appellant,
      String previousAppealId,
      String registeredBy,
      LocalDate defenceDueOn,
      LocalDate checkDueOn,
      AppealSteps.ProfessionalLineCheck check,
      AppealSteps.StatementOfDefence defence,
      AppealSteps.Hearing hearing,
      AppealSteps.Ruling ruling,
      java.time.Instant closedAt) {

    static Document of(Appeal a) {
      return new Document(
          a.objectionCaseNumber(),
          a.objectionDecidedOn(),
          a.objectionDrafters(),
          a.objectionReviewers(),
          a.appellant().name(),
          a.previousAppealId(),
          a.registeredBy(),
          a.defenceDueOn(),
          a.checkDueOn(),
          a.check(),
          a.defence(),
          a.hearing(),
          a.ruling(),
          a.closedAt());
    }
  }

  private AppealJson() {}

  static String write(Document document) {
    return JSONB.toJson(document);
  }

  static Document read(int version, String json) {
    if (version != STATE_VERSION) {
      throw new IllegalStateException("appeal document version " + version + " has no upcaster");
    }
    return JSONB.fromJson(json, Document.class);
  }
}
