package nl.toeslagen.fraudreview.application;

import java.time.LocalDate;
import java.util.List;

/** Input of the signal service, as the API receives it. */
public final class SignalCommands {

  private SignalCommands() {}

  public record RegisterSignal(
      String bsn,
      String benefitType,
      String source,
      String description,
      String legalBasis,
      LocalDate retentionDate) {}

  public record Fine(
      Long recoveryCents,
      Integer percentage,
      LocalDate previousFineDate,
      Boolean correctedBeforeAware,
      String reportReference) {}

  public record SubmitDetermination(
      String phase,
      String conclusion,
      String reasons,
      List<String> facts,
      List<String> legalReferences,
      String priority,
      Fine fine) {}

  public record Review(Boolean approved, String reasons) {}

  public record RecordZienswijze(LocalDate requestedOn, Boolean responded, String summary) {}

  /** The author withdraws a pending determination; the reason goes into the audit trail. */
  public record WithdrawDetermination(String reason) {}
}
