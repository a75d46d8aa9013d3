package nl.toeslagen.objections.api;

import java.util.List;

/**
 * Request bodies of the objection API. Dates are ISO text so that a bad date names its field (400).
 */
public final class ObjectionRequests {

  private ObjectionRequests() {}

  public record ContestedDecisionInput(String reference, String type, String date) {}

  public record Intake(
      String bsn,
      String benefitType,
      ContestedDecisionInput contestedDecision,
      String receivedDate,
      String postmarkDate,
      List<String> grounds,
      String channel,
      Boolean advisoryCommittee) {}

  public record Search(String bsn, String receivedFrom, String receivedTo) {}

  /**
   * {@code missing}: names of Requirement (SIGNATURE, NAME_AND_ADDRESS, DATE, CONTESTED_DECISION,
   * GROUNDS).
   */
  public record Admissibility(List<String> missing, String repairDueDate, String excuseReason) {}

  /** {@code repairedOn} null = the repair period lapsed unused. */
  public record Repair(String repairedOn, List<String> stillMissing) {}

  public record Contact(
      String contactedOn, Boolean reached, String agreement, Boolean withdrawn, Boolean resolved) {}

  /** {@code scheduledAt} as yyyy-mm-ddThh:mm; {@code mode} OP_LOCATIE, TELEFONISCH or VIDEO. */
  public record HearingPlan(String scheduledAt, String mode, String place) {}

  /** {@code reason}: A_KENNELIJK_NIET_ONTVANKELIJK ... E_VOLLEDIG_TEGEMOETGEKOMEN (Awb 7:3 a–e). */
  public record HearingWaiver(String reason, String explanation) {}

  public record HearingReport(String report) {}

  public record Answer(String ground, Boolean upheld, String reasons) {}

  /** Amounts in euros as text ("1234,56"). */
  public record Effect(
      String newAmount, Boolean recoveryDropped, String amountAtStake, String description) {}

  /** {@code legalReferences} like "BWBR0018472 art. 16"; {@code caseLaw} ECLIs. */
  public record Draft(
      String outcome,
      String reasons,
      List<Answer> answers,
      List<String> legalReferences,
      List<String> caseLaw,
      Effect effect) {}

  public record Review(Boolean approved, String remarks) {}

  public record Extension(String reasons) {}

  public record Postponement(String newDeadline, String consent) {}

  public record NoticeOfDefault(String receivedOn) {}

  public record Withdrawal(String reason) {}
}
