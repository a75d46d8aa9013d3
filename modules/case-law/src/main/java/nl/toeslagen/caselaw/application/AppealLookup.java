package nl.toeslagen.caselaw.application;

import java.time.LocalDate;
import java.util.Optional;

/** The facts of an appeal that the rulings register checks a ruling against. */
public interface AppealLookup {

  /** The appeal with this id, if any. */
  Optional<AppealFacts> find(String appealId);

  /**
   * @param appealId the appeal's id
   * @param objectionId the objection whose decision was appealed
   * @param level {@code BEROEP} or {@code HOGER_BEROEP}
   * @param lodgedOn when the appeal was lodged
   * @param court the court code
   * @param courtCaseNumber the court's case number
   */
  record AppealFacts(
      String appealId,
      String objectionId,
      String level,
      LocalDate lodgedOn,
      String court,
      String courtCaseNumber) {}
}
