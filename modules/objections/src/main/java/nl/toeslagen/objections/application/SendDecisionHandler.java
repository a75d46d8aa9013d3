package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.toeslagen.audit.api.DecisionRecord;
import nl.toeslagen.audit.api.DecisionRecords;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionDecision;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.usecase.api.UnitOfWork;

/**
 * Process step: closes the case, stores the decision record for the inspectorate and sends the
 * decision letter, as the system.
 */
@ApplicationScoped
@Transactional
public class SendDecisionHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject DecisionRecords decisionRecords;

  public void handle(ObjectionId id) {
    work.changeAs(
        Actor.system(),
        cases.kind(),
        id,
        (o, change) -> {
          o.markDecided(change.today());
          ObjectionDecision dec = o.decision();
          decisionRecords.store(record(o, dec));
          change
              .audit(
                  "DECISION_SENT",
                  Laws.awb("7:12"),
                  dec.outcome()
                      + "; beslist op "
                      + o.closedOn()
                      + ", uiterste beslisdatum "
                      + o.term().deadline(),
                  dec.outcome()
                      + "; decided on "
                      + o.closedOn()
                      + ", decision deadline "
                      + o.term().deadline())
              .sendLetter(
                  "DECISION",
                  "beslissing-op-bezwaar.pdf",
                  ObjectionLetters.decision(o, change.today()));
        });
  }

  private static DecisionRecord record(Objection o, ObjectionDecision dec) {
    List<DecisionRecord.Ground> grounds =
        dec.answers().stream()
            .map(
                a ->
                    new DecisionRecord.Ground(
                        a.ground(), a.upheld() ? "GEGROND" : "ONGEGROND", a.reasons()))
            .toList();
    var contested = o.intake().contestedDecision();
    List<DecisionRecord.Fact> facts =
        List.of(
            new DecisionRecord.Fact(
                "bestreden besluit", contested.type() + " " + contested.reference(), null),
            new DecisionRecord.Fact("dagtekening", contested.date().toString(), null),
            new DecisionRecord.Fact("ontvangen", o.intake().receivedDate().toString(), null),
            new DecisionRecord.Fact("tijdigheid", o.timeliness().name(), null),
            new DecisionRecord.Fact(
                "horen",
                dec.hearingSkipReason() == null
                    ? "gehoord"
                    : "art. 7:3 onder " + dec.hearingSkipReason().letter(),
                null));
    return new DecisionRecord(
        null,
        "OBJECTION_DECISION",
        dec.outcome().name(),
        ObjectionCases.OBJECT_TYPE,
        o.id().toString(),
        grounds,
        facts,
        dec.legalReferences().stream().map(LegalReference::toString).toList(),
        dec.caseLaw().stream().map(Ecli::value).toList(),
        List.of(),
        dec.preparedBy(),
        o.reviewedBy(),
        null);
  }
}
