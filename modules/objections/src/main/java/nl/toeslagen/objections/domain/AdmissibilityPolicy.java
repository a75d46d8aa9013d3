package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "AdmissibilityPolicy": is the objection admissible (ontvankelijk)?
 *
 * <ol>
 *   <li>Late and not excused (Awb 6:7, 6:11) → not admissible.
 *   <li>No missing requirement of Awb 6:5 → admissible.
 *   <li>Missing requirements and no repair request yet → repair required (6:6).
 *   <li>Repair request open and its period not lapsed → awaiting repair.
 *   <li>Period lapsed with requirements still missing → not admissible (6:6), naming what is
 *       missing.
 * </ol>
 */
@PolicyRule(
    name = "AdmissibilityPolicy",
    guardsNl =
        "Een bezwaar is ontvankelijk als het tijdig is (of de termijnoverschrijding verschoonbaar) en aan de eisen van art. 6:5 Awb voldoet; ontbreekt iets, dan krijgt de indiener gelegenheid tot herstel.",
    guardsEn =
        "An objection is admissible when timely (or its lateness excused) and it meets the requirements of Awb 6:5; when something is missing, the objector may repair it.",
    legalBasis = "Awb art. 6:5, 6:6, 6:11",
    appliesTo = {"Ontvankelijkheid beoordelen"})
public final class AdmissibilityPolicy {

  public static final String NAME = "AdmissibilityPolicy";

  public AdmissibilityAssessment evaluate(
      Timeliness timeliness, Set<Requirement> missing, RepairRequest repair, LocalDate today) {
    Objects.requireNonNull(timeliness, "timeliness");
    Set<Requirement> open =
        missing == null || missing.isEmpty() ? Set.of() : EnumSet.copyOf(missing);
    if (timeliness == Timeliness.LATE) {
      return new AdmissibilityAssessment(
          AdmissibilityOutcome.NOT_ADMISSIBLE,
          open,
          "Het bezwaar is niet-ontvankelijk: het is na de bezwaartermijn ingediend en de termijnoverschrijding is niet"
              + " verschoonbaar.",
          "The objection is not admissible: it was lodged after the objection term and the lateness is not"
              + " excusable.",
          Laws.awb("6:11"));
    }
    if (open.isEmpty()) {
      return new AdmissibilityAssessment(
          AdmissibilityOutcome.ADMISSIBLE,
          open,
          "Het bezwaar is ontvankelijk: op tijd en het voldoet aan de eisen van art. 6:5 Awb.",
          "The objection is admissible: in time and it meets the requirements of Awb 6:5.",
          Laws.awb("6:5"));
    }
    String listNl = open.stream().map(Requirement::nl).collect(Collectors.joining(", "));
    String listEn = open.stream().map(Requirement::en).collect(Collectors.joining(", "));
    if (repair == null) {
      return new AdmissibilityAssessment(
          AdmissibilityOutcome.REPAIR_REQUIRED,
          open,
          "Er ontbreekt iets: " + listNl + ". De indiener krijgt de gelegenheid dit te herstellen.",
          "Something is missing: "
              + listEn
              + ". The objector is given the opportunity to repair it.",
          Laws.awb("6:6"));
    }
    if (!repair.lapsedOn(today)) {
      return new AdmissibilityAssessment(
          AdmissibilityOutcome.AWAITING_REPAIR,
          open,
          "De hersteltermijn loopt tot en met " + repair.dueDate() + ".",
          "The repair period runs until " + repair.dueDate() + " inclusive.",
          Laws.awb("6:6"));
    }
    return new AdmissibilityAssessment(
        AdmissibilityOutcome.NOT_ADMISSIBLE,
        open,
        "Het bezwaar is niet-ontvankelijk: ook na het verzoek om herstel ontbreekt nog "
            + listNl
            + " (hersteltermijn verstreken op "
            + repair.dueDate()
            + ").",
        "The objection is not admissible: after the repair request "
            + listEn
            + " is still missing (repair period"
            + " lapsed on "
            + repair.dueDate()
            + ").",
        Laws.awb("6:6"));
  }
}
