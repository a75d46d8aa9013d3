package nl.toeslagen.objections.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "ProFormaObjectionPolicy" (Awb 6:5 lid 1 onder d, 6:6): an objection without grounds
 * (pro forma) is registered like any other; the missing grounds are a requirement that the objector
 * is given the opportunity to repair. So while the objection has no ground at all, {@link
 * Requirement#GROUNDS} is always among the missing requirements of the admissibility assessment and
 * of the end of a repair period, whatever the handler ticked.
 */
@PolicyRule(
    name = "ProFormaObjectionPolicy",
    guardsNl =
        "Een bezwaar zonder gronden wordt geregistreerd; de ontbrekende gronden zijn een verzuim"
            + " dat de indiener binnen een termijn mag herstellen.",
    guardsEn =
        "An objection without grounds is registered; the missing grounds are a defect the"
            + " objector may repair within a period.",
    legalBasis = "Awb art. 6:5 lid 1 onder d en 6:6",
    appliesTo = {"Bezwaar registreren", "Ontvankelijkheid beoordelen", "Herstel vastleggen"})
public final class ProFormaObjectionPolicy {

  public static final String NAME = "ProFormaObjectionPolicy";

  /** Whether an objection with these grounds is pro forma (has none). */
  public boolean proForma(List<String> grounds) {
    return grounds == null || grounds.isEmpty();
  }

  /** The decision to record: pro forma or not. */
  public PolicyDecision evaluate(List<String> grounds) {
    if (proForma(grounds)) {
      return PolicyDecision.allow(
          NAME,
          "Bezwaar zonder gronden (pro forma): de gronden ontbreken en moeten worden aangevuld.",
          "Objection without grounds (pro forma): the grounds are missing and must be supplied.",
          Laws.awb("6:6"));
    }
    return PolicyDecision.allow(
        NAME,
        "Het bezwaar bevat " + grounds.size() + " grond(en).",
        "The objection has " + grounds.size() + " ground(s).",
        Laws.awb("6:5"));
  }

  /** The missing requirements: {@code found}, plus GROUNDS while there is no ground. */
  public Set<Requirement> missing(List<String> grounds, Set<Requirement> found) {
    Set<Requirement> out = EnumSet.noneOf(Requirement.class);
    if (found != null) {
      out.addAll(found);
    }
    if (proForma(grounds)) {
      out.add(Requirement.GROUNDS);
    }
    return Set.copyOf(out);
  }
}
