package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.toeslagen.kernel.Idempotency;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.objections.api.ObjectionRegistered;
import nl.toeslagen.objections.application.ObjectionCommands.ReceiveObjection;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionIntake;
import nl.toeslagen.objections.domain.ProFormaObjectionPolicy;
import nl.toeslagen.objections.domain.TimelinessAssessment;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * Registers an objection: the domain validates the intake and computes the terms and timeliness;
 * the case is stored, both are audited and the process starts (business key = the objection id).
 */
@ApplicationScoped
@Transactional
public class ReceiveObjectionHandler {

  @Inject UnitOfWork work;
  @Inject ObjectionCases cases;
  @Inject ObjectionViews views;

  public ObjectionView handle(@NotNull @Valid ReceiveObjection cmd) {
    return handle(cmd, null);
  }

  /**
   * Registers the objection; with an idempotency key (nullable), the key is recorded with the case
   * in this transaction, so a retry of the same request finds the case instead of making another.
   */
  public ObjectionView handle(@NotNull @Valid ReceiveObjection cmd, Idempotency idempotency) {
    return work.create(
        cases.kind(),
        idempotency,
        change -> {
          ObjectionIntake intake =
              ObjectionIntake.validate(
                  new ObjectionIntake.Raw(
                      cmd.bsn(),
                      cmd.benefitType(),
                      cmd.contestedReference(),
                      cmd.contestedType(),
                      text(cmd.contestedDate()),
                      text(cmd.receivedDate()),
                      text(cmd.postmarkDate()),
                      cmd.grounds(),
                      cmd.channel(),
                      cmd.amountAtStakeCents(),
                      cmd.contestedBenefitYear()),
                  change.today());
          boolean committee = cmd.advisoryCommittee();
          Objection o =
              Objection.receive(
                  ObjectionId.generate(),
                  cases.nextCaseNumber(change.today()),
                  intake,
                  committee,
                  cases.terms(),
                  change.actor().userName());
          change.audit(
              "OBJECTION_REGISTERED",
              Laws.awb("6:7"),
              "Bezwaar "
                  + o.caseNumber()
                  + " ontvangen op "
                  + intake.receivedDate()
                  + "; bezwaartermijn tot en met "
                  + o.objectionTermEnd()
                  + "; uiterste beslisdatum "
                  + o.term().deadline()
                  + (committee ? " (adviescommissie, art. 7:13 Awb)" : ""),
              "Objection "
                  + o.caseNumber()
                  + " received on "
                  + intake.receivedDate()
                  + "; objection term until "
                  + o.objectionTermEnd()
                  + "; decision deadline "
                  + o.term().deadline()
                  + (committee ? " (advisory committee, Awb 7:13)" : ""));
          TimelinessAssessment t =
              cases
                  .terms()
                  .timeliness(
                      intake.contestedDecision().date(),
                      intake.receivedDate(),
                      intake.postmarkDate());
          change
              .audit(
                  "OBJECTION_TIMELINESS_ASSESSED",
                  t.basis(),
                  t.timeliness() + ": " + t.reasonNl(),
                  t.timeliness() + ": " + t.reasonEn())
              .audit(
                  "OBJECTION_GROUNDS_ASSESSED",
                  new ProFormaObjectionPolicy().evaluate(intake.grounds()))
              .startProcess(
                  ObjectionProcess.PROCESS_KEY,
                  ProcessVariables.of(ObjectionProcess.OBJECTION_ID, o.id().toString())
                      .and(cases.timerVariables(o))
                      .and(ObjectionCases.taskListVariables(o)))
              // central signal management counts every objection received (no BSN in it)
              .publish(
                  new ObjectionRegistered(
                      o.id().toString(),
                      o.caseNumber().toString(),
                      intake.contestedDecision().type().name(),
                      intake.benefitType().name(),
                      intake.receivedDate()));
          return o;
        },
        views::of);
  }

  private static String text(java.time.LocalDate date) {
    return date == null ? null : date.toString();
  }
}
