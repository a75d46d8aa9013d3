package nl.toeslagen.caselaw.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Before the agency lodges or continues a higher appeal, the professional line checks whether the
 * question underneath can still be solved with the citizen (a settlement, a new decision) and why
 * the appeal is worth it. Four eyes: the checker is of the professional line (VAKTECHNIEK) and is
 * neither who drafted or reviewed the objection decision nor who registered the appeal. A check
 * that finds a solution names it (settlement or new decision); one that finds none says GEEN.
 */
@PolicyRule(
    name = "AppealProfessionalLineCheckPolicy",
    guardsNl =
        "Vóór hoger beroep toetst vaktechniek of het onderliggende probleem nog met de burger kan"
            + " worden opgelost en waarom het beroep zinvol is; de toetser heeft de beslissing op"
            + " bezwaar niet opgesteld of beoordeeld en het beroep niet geregistreerd.",
    guardsEn =
        "Before a higher appeal the professional line checks whether the underlying problem can still"
            + " be solved with the citizen and why the appeal is worth it; the checker neither drafted"
            + " nor reviewed the objection decision nor registered the appeal.",
    legalBasis =
        "Seed 000: extra waarborgen vakinhoudelijke lijn bij beroep, burger eerst (oplossen vóór"
            + " hoger beroep); vier-ogenprincipe; Awb art. 3:2 (zorgvuldigheid)",
    appliesTo = {"Toets vakinhoudelijke lijn", "Hoger beroep vastleggen"})
public final class AppealProfessionalLineCheckPolicy {

  public static final String NAME = "AppealProfessionalLineCheckPolicy";

  /** Whether an appeal of this level needs the check: a higher appeal does. */
  public boolean required(AppealLevel level) {
    return level == AppealLevel.HOGER_BEROEP;
  }

  /** Everyone the four-eyes rule keeps off the check of this appeal. */
  public Set<String> excluded(Appeal appeal) {
    Set<String> users = new LinkedHashSet<>(appeal.objectionDrafters());
    users.addAll(appeal.objectionReviewers());
    users.add(appeal.registeredBy());
    return users;
  }

  /** May {@code checker} do the check of {@code appeal}? */
  public PolicyDecision evaluate(Appeal appeal, Actor checker) {
    if (!checker.has(Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen vaktechniek toetst een hoger beroep.",
          "Only the professional line checks a higher appeal.",
          Laws.awb("3:2"));
    }
    String user = checker.userName();
    if (appeal.objectionDrafters().contains(user)) {
      return PolicyDecision.refuse(
          NAME,
          "U heeft de beslissing op bezwaar opgesteld; een collega van vaktechniek toetst het hoger"
              + " beroep (vier ogen).",
          "You drafted the objection decision; a colleague checks the higher appeal (four eyes).",
          Laws.awb("3:2"));
    }
    if (appeal.objectionReviewers().contains(user)) {
      return PolicyDecision.refuse(
          NAME,
          "U heeft de beslissing op bezwaar beoordeeld; een collega van vaktechniek toetst het"
              + " hoger beroep (vier ogen).",
          "You reviewed the objection decision; a colleague checks the higher appeal (four eyes).",
          Laws.awb("3:2"));
    }
    if (user.equals(appeal.registeredBy())) {
      return PolicyDecision.refuse(
          NAME,
          "U heeft dit hoger beroep geregistreerd; een collega van vaktechniek toetst het (vier"
              + " ogen).",
          "You registered this higher appeal; a colleague checks it (four eyes).",
          Laws.awb("3:2"));
    }
    return PolicyDecision.allow(
        NAME,
        "Getoetst door "
            + user
            + ", die de beslissing op bezwaar niet opstelde of beoordeelde en het beroep niet"
            + " registreerde.",
        "Checked by "
            + user
            + ", who neither drafted nor reviewed the objection decision nor registered the appeal.",
        Laws.awb("3:2"));
  }

  /**
   * The check's finding holds together: solvable names how (SCHIKKING or NIEUW_BESLUIT), not
   * solvable is GEEN.
   */
  public PolicyDecision finding(boolean solvableWithCitizen, AppealSolution solution) {
    if (solvableWithCitizen && (solution == null || solution == AppealSolution.GEEN)) {
      return PolicyDecision.refuse(
          NAME,
          "Kies hoe het met de burger wordt opgelost: schikking of nieuw besluit.",
          "Choose how it is solved with the citizen: settlement or new decision.");
    }
    if (!solvableWithCitizen && solution != null && solution != AppealSolution.GEEN) {
      return PolicyDecision.refuse(
          NAME,
          "Niet op te lossen met de burger past alleen bij oplossing 'GEEN'.",
          "Not solvable with the citizen fits only solution 'GEEN'.");
    }
    return PolicyDecision.allow(
        NAME,
        solvableWithCitizen
            ? "Op te lossen met de burger: " + solution.labelNl() + "."
            : "Niet op te lossen met de burger; het hoger beroep gaat door.",
        solvableWithCitizen
            ? "Solvable with the citizen: " + solution.labelEn() + "."
            : "Not solvable with the citizen; the higher appeal goes on.");
  }
}
