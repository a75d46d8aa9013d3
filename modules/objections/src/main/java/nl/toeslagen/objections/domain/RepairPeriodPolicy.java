package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "RepairPeriodPolicy" (Awb 6:6, 7:10 lid 2): the repair period ends with the repair,
 * on a day between the request and today, or unused once its last day has passed. Ending an unused
 * period early is a conflict (409); a repair date outside that range is invalid on {@code
 * repairedOn} (400).
 */
@PolicyRule(
    name = "RepairPeriodPolicy",
    guardsNl =
        "De hersteltermijn eindigt met het herstel (tussen verzoek en vandaag) of ongebruikt na de"
            + " laatste dag; de beslistermijn schuift zoveel dagen op.",
    guardsEn =
        "The repair period ends with the repair (between request and today) or unused after its"
            + " last day; the decision term moves by as many days.",
    legalBasis = "Awb art. 6:6, 7:10 lid 2",
    appliesTo = {"Herstel vastleggen"})
public final class RepairPeriodPolicy {

  public static final String NAME = "RepairPeriodPolicy";

  /** May the period be ended unused on {@code today}? Only after its last day. */
  public PolicyDecision mayEndUnused(RepairRequest repair, LocalDate today) {
    if (!repair.lapsedOn(today)) {
      return PolicyDecision.refuse(
          NAME,
          "De hersteltermijn loopt nog tot en met " + repair.dueDate() + ".",
          "The repair period runs until " + repair.dueDate() + ".",
          Laws.awb("6:6"));
    }
    return PolicyDecision.allow(
        NAME,
        "De hersteltermijn is op " + repair.dueDate() + " ongebruikt verstreken.",
        "The repair period lapsed unused on " + repair.dueDate() + ".",
        Laws.awb("6:6"));
  }

  /** Is {@code repairedOn} between the request and today? */
  public PolicyDecision repairDate(RepairRequest repair, LocalDate repairedOn, LocalDate today) {
    if (repairedOn.isBefore(repair.requestedOn()) || repairedOn.isAfter(today)) {
      return PolicyDecision.refuse(
          NAME,
          "De hersteldatum moet tussen het verzoek en vandaag liggen.",
          "The repair date must be between the request and today.",
          Laws.awb("6:6"));
    }
    return PolicyDecision.allow(
        NAME,
        "Hersteld op " + repairedOn + ".",
        "Repaired on " + repairedOn + ".",
        Laws.awb("6:6"));
  }
}
