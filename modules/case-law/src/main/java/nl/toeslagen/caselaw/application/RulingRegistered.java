package nl.toeslagen.caselaw.application;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.LegalReference;

/**
 * A ruling was saved in the rulings register (by hand or by import): a CDI event fired
 * synchronously in the registering transaction, once per ruling. The appeal it came from moves on,
 * the professional line gets an impact analysis, and a ruling against the agency is a signal.
 *
 * @param rulingId the register's id of the ruling
 * @param ecli the ECLI, upper case
 * @param court the court code (the ECLI's), e.g. {@code "RVS"}
 * @param date the date of the ruling
 * @param outcomeForAgency {@code GEWONNEN}, {@code VERLOREN} or {@code DEELS}
 * @param legalReferences the legal references concerned
 * @param grounds the topics of the ruling (may be empty)
 * @param objectionId the objection it came from, or {@code null}
 * @param appealId the appeal it came from, or {@code null}
 * @param summary the summary (inhoudsindicatie)
 */
public record RulingRegistered(
    String rulingId,
    String ecli,
    String court,
    LocalDate date,
    String outcomeForAgency,
    List<LegalReference> legalReferences,
    List<String> grounds,
    String objectionId,
    String appealId,
    String summary) {

  public RulingRegistered {
    legalReferences = List.copyOf(legalReferences);
    grounds = List.copyOf(grounds);
  }
}
