package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/** A feature's classification changes only with a second privacy adviser's decision. */
@PolicyRule(
    name = "ClassificationFourEyesPolicy",
    guardsNl =
        "Een wijziging van de classificatie van een kenmerk wordt beoordeeld door een tweede"
            + " privacyadviseur, niet door wie haar voorstelde.",
    guardsEn =
        "A change of a feature's classification is decided by a second privacy adviser, not by"
            + " its proposer.",
    legalBasis = "AVG art. 5 lid 2 en art. 24; waarborgenkader selectie-instrumenten (vier ogen)",
    appliesTo = {"Classificatie van een kenmerk beoordelen"})
public final class ClassificationFourEyesPolicy {

  public static final String NAME = "ClassificationFourEyesPolicy";

  public PolicyDecision evaluate(ClassificationChange change, Actor decider) {
    if (!decider.has(Role.PRIVACY)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen een privacyadviseur beoordeelt een classificatiewijziging.",
          "Only a privacy adviser decides a classification change.");
    }
    if (change.proposedBy().equals(decider.userName())) {
      return PolicyDecision.refuse(
          NAME,
          "U kunt uw eigen voorstel niet beoordelen: een tweede privacyadviseur moet dat doen.",
          "You cannot decide your own proposal: a second privacy adviser must do so.");
    }
    return PolicyDecision.allow(
        NAME,
        "Een tweede privacyadviseur beoordeelt het voorstel.",
        "A second privacy adviser decides the proposal.");
  }
}
