package nl.toeslagen.objections.domain;

import java.time.Period;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "OverdueReportPolicy": once the decision deadline has passed, the team manager is
 * told, and told again every {@link #REPEAT} (a week, the unit in which the penalty of Awb 4:17
 * grows) while the case is open. The process model reads the interval as the routing variable
 * {@code overdueRepeatAfter} (an ISO-8601 duration); a closed case is not reported again (the
 * deadline watch ends). {@link PolicyDecision#allowed()} means "report again after the interval".
 */
@PolicyRule(
    name = "OverdueReportPolicy",
    guardsNl =
        "Een verstreken beslistermijn wordt gemeld aan de teamleider, en elke week opnieuw zolang"
            + " het bezwaar open is.",
    guardsEn =
        "A passed decision deadline is reported to the team manager, and again every week while"
            + " the objection is open.",
    legalBasis = "Awb art. 7:10, 4:17 lid 2 (dwangsom per week)",
    appliesTo = {"Termijnbewaking: beslistermijn verstreken"})
public final class OverdueReportPolicy {

  public static final String NAME = "OverdueReportPolicy";

  /** How often an overdue open case is reported again. */
  public static final Period REPEAT = Period.ofWeeks(1);

  /** Whether an overdue case in {@code stage} is reported again after {@link #REPEAT}. */
  public PolicyDecision evaluate(Stage stage) {
    if (stage.closed()) {
      return PolicyDecision.refuse(
          NAME,
          "Het bezwaar is afgesloten (" + stage + "); de termijnbewaking stopt.",
          "The objection is closed (" + stage + "); the deadline watch stops.",
          Laws.awb("7:10"));
    }
    return PolicyDecision.allow(
        NAME,
        "Zolang het bezwaar open is, wordt de termijnoverschrijding elke week opnieuw gemeld.",
        "While the objection is open, the missed deadline is reported again every week.",
        Laws.awb("4:17"));
  }

  /** The interval as the model reads it: an ISO-8601 duration ({@code P7D}), or null: no repeat. */
  public String repeatAfter(Stage stage) {
    return evaluate(stage).allowed() ? REPEAT.toString() : null;
  }
}
