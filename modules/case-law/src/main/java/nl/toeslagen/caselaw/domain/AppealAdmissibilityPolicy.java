package nl.toeslagen.caselaw.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.PolicyViolationException;

/**
 * An appeal can be recorded only against a decided objection (a decision on the objection was sent:
 * Awb 8:1 with 7:1, the objection comes first), at the right court — a beroep at a district court
 * (court code RB…), a hoger beroep at the Raad van State (RVS), the highest court for Toeslagen
 * (Awb 8:105 with the Bevoegdheidsregeling bestuursrechtspraak) — and lodged on a day that is
 * neither in the future nor before the objection decision.
 */
@PolicyRule(
    name = "AppealAdmissibilityPolicy",
    guardsNl =
        "Beroep kan alleen worden vastgelegd tegen een beslissing op bezwaar die is verzonden; beroep"
            + " bij een rechtbank, hoger beroep bij de Raad van State; de datum van instellen ligt"
            + " niet in de toekomst en niet vóór de beslissing op bezwaar.",
    guardsEn =
        "An appeal is recorded only against a decided objection; a beroep at a district court, a"
            + " hoger beroep at the Council of State; lodged neither in the future nor before the"
            + " objection decision.",
    legalBasis =
        "Awb art. 7:1 en 8:1 (eerst bezwaar, dan beroep); Awb art. 8:105 en Bijlage 2"
            + " (Bevoegdheidsregeling bestuursrechtspraak: hoger beroep bij de Raad van State)",
    appliesTo = {"Beroep vastleggen", "Hoger beroep vastleggen"})
public final class AppealAdmissibilityPolicy {

  public static final String NAME = "AppealAdmissibilityPolicy";

  /** The court code of the Raad van State (Afdeling bestuursrechtspraak). */
  public static final String COUNCIL_OF_STATE = "RVS";

  /** A district court's code: RB and two to five letters (RBDHA, RBAMS, RBGEL, …). */
  static final Pattern DISTRICT_COURT = Pattern.compile("RB[A-Z]{2,5}");

  /** Only a decided objection can be appealed. */
  public PolicyDecision objection(AppealedDecision decision) {
    if (!decision.decided()) {
      String why =
          "WITHDRAWN".equals(decision.stage())
              ? "het bezwaar is ingetrokken"
              : "er is nog niet beslist op het bezwaar";
      return PolicyDecision.refuse(
          NAME,
          "Beroep kan alleen tegen een beslissing op bezwaar: " + why + ".",
          "An appeal lies only against a decision on the objection: "
              + ("WITHDRAWN".equals(decision.stage())
                  ? "the objection was withdrawn."
                  : "the objection is not decided yet."),
          Laws.awb("8:1"));
    }
    return PolicyDecision.allow(
        NAME,
        "Beroep tegen de beslissing op bezwaar "
            + decision.caseNumber()
            + " van "
            + decision.decidedOn()
            + ".",
        "Appeal against the objection decision "
            + decision.caseNumber()
            + " of "
            + decision.decidedOn()
            + ".",
        Laws.awb("8:1"));
  }

  /** A beroep at a district court, a hoger beroep at the Raad van State. */
  public PolicyDecision court(AppealLevel level, String court) {
    String code = court == null ? "" : court.strip();
    if (level == AppealLevel.HOGER_BEROEP && !COUNCIL_OF_STATE.equals(code)) {
      return PolicyDecision.refuse(
          NAME,
          "Hoger beroep in toeslagzaken wordt ingesteld bij de Raad van State (RVS).",
          "A higher appeal in benefit cases is lodged at the Council of State (RVS).",
          Laws.awb("8:105"));
    }
    if (level == AppealLevel.BEROEP && !DISTRICT_COURT.matcher(code).matches()) {
      return PolicyDecision.refuse(
          NAME,
          "Beroep wordt ingesteld bij een rechtbank (instantiecode RB…, bijvoorbeeld RBDHA).",
          "An appeal is lodged at a district court (court code RB…, e.g. RBDHA).",
          Laws.awb("8:1"));
    }
    return PolicyDecision.allow(
        NAME,
        level.labelNl() + " bij " + code + ".",
        level.labelEn() + " at " + code + ".",
        Laws.awb(level == AppealLevel.HOGER_BEROEP ? "8:105" : "8:1"));
  }

  /** The day the appeal was lodged: not in the future, not before the objection decision. */
  public PolicyDecision lodgedOn(LocalDate lodgedOn, LocalDate decidedOn, LocalDate today) {
    if (lodgedOn == null) {
      return PolicyDecision.refuse(
          NAME, "Vul de datum in waarop het beroep is ingesteld.", "Enter the day it was lodged.");
    }
    if (lodgedOn.isAfter(today)) {
      return PolicyDecision.refuse(
          NAME,
          "De datum van instellen ligt in de toekomst; vul de werkelijke datum in.",
          "The day of lodging lies in the future.");
    }
    if (decidedOn != null && lodgedOn.isBefore(decidedOn)) {
      return PolicyDecision.refuse(
          NAME,
          "De datum van instellen ligt vóór de beslissing op bezwaar (" + decidedOn + ").",
          "The day of lodging lies before the objection decision (" + decidedOn + ").",
          Laws.awb("6:7"));
    }
    return PolicyDecision.allow(NAME, "Ingesteld op " + lodgedOn + ".", "Lodged on " + lodgedOn);
  }

  /**
   * A higher appeal may name the earlier appeal (a beroep on the same objection) whose ruling it
   * contests; a beroep names none.
   *
   * @param previousObjectionId the objection of the named appeal, {@code null} when it does not
   *     exist
   * @param previousLevel its level, {@code null} when it does not exist
   */
  public PolicyDecision previousAppeal(
      AppealLevel level,
      String objectionId,
      String previousObjectionId,
      AppealLevel previousLevel) {
    if (level == AppealLevel.BEROEP) {
      return PolicyDecision.refuse(
          NAME,
          "Een beroep bij de rechtbank heeft geen eerder beroep; laat dit veld leeg.",
          "An appeal at a district court has no earlier appeal; leave this field empty.");
    }
    if (previousObjectionId == null
        || !previousObjectionId.equals(objectionId)
        || previousLevel != AppealLevel.BEROEP) {
      return PolicyDecision.refuse(
          NAME,
          "Het eerdere beroep is onbekend, hoort niet bij dit bezwaar of is geen beroep bij de"
              + " rechtbank.",
          "The earlier appeal is unknown, belongs to another objection or is no district-court"
              + " appeal.");
    }
    return PolicyDecision.allow(
        NAME, "Hoger beroep tegen de uitspraak in het eerdere beroep.", "Higher appeal.");
  }

  /**
   * Checks all: an undecided objection is a conflict (409, field {@code objectionId}), a wrong
   * court or day invalid input (400, field {@code court} or {@code lodgedOn}).
   *
   * @return the decision on the objection, for the audit trail
   */
  public PolicyDecision enforce(
      AppealedDecision decision,
      AppealLevel level,
      String court,
      LocalDate lodgedOn,
      LocalDate today) {
    PolicyDecision objection = objection(decision);
    if (objection.refused()) {
      throw objection.violation().as(PolicyViolationException.Kind.CONFLICT).onField("objectionId");
    }
    court(level, court).enforceAsInvalid("court");
    lodgedOn(lodgedOn, decision.decidedOn(), today).enforceAsInvalid("lodgedOn");
    return objection;
  }
}
