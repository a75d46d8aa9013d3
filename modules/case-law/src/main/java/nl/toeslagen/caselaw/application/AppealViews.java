package nl.toeslagen.caselaw.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.caselaw.domain.Appeal;
import nl.toeslagen.caselaw.domain.AppealLevel;
import nl.toeslagen.caselaw.domain.AppealSteps;

/** What the appeal endpoints answer (record names prefixed: they are unique app-wide). */
public final class AppealViews {

  private AppealViews() {}

  /** A term of the appeal with its legal basis. */
  public record AppealTermView(
      String step, String labelNl, LocalDate dueOn, String legalBasis, boolean met) {}

  /** The professional line's check. */
  public record AppealCheckView(
      boolean solvableWithCitizen, String solution, String reasons, String by, Instant at) {}

  /** The statement of defence. */
  public record AppealDefenceView(LocalDate sentOn, String summary, String by, Instant at) {}

  /** The hearing, or why there was none. */
  public record AppealHearingView(
      boolean skipped, LocalDate heldOn, String notes, String skipReason, String by, Instant at) {}

  /** The ruling that closed the appeal. */
  public record AppealRulingView(
      String rulingId, String ecli, String url, LocalDate date, String outcomeForAgency) {}

  /** One step taken, in order. */
  public record AppealStepView(String step, String labelNl, String by, Instant at) {}

  /** The appeal page. */
  public record AppealDetails(
      String id,
      String caseNumber,
      String objectionId,
      String objectionCaseNumber,
      LocalDate objectionDecidedOn,
      String level,
      String levelLabel,
      String court,
      String courtCaseNumber,
      LocalDate lodgedOn,
      String appellant,
      String previousAppealId,
      String registeredBy,
      String status,
      String statusLabel,
      LocalDate defenceDueOn,
      LocalDate checkDueOn,
      LocalDate deadline,
      List<AppealTermView> terms,
      List<AppealStepView> steps,
      AppealCheckView check,
      AppealDefenceView statementOfDefence,
      AppealHearingView hearing,
      AppealRulingView ruling) {

    static AppealDetails of(Appeal a) {
      return new AppealDetails(
          a.id().value(),
          a.caseNumber().toString(),
          a.objectionId(),
          a.objectionCaseNumber(),
          a.objectionDecidedOn(),
          a.level().name(),
          a.level().labelNl(),
          a.court(),
          a.courtCaseNumber(),
          a.lodgedOn(),
          a.appellant().name(),
          a.previousAppealId(),
          a.registeredBy(),
          a.status().name(),
          a.status().labelNl(),
          a.defenceDueOn(),
          a.checkDueOn(),
          a.deadline(),
          AppealViews.terms(a),
          AppealViews.steps(a),
          a.check() == null ? null : AppealViews.check(a.check()),
          a.defence() == null
              ? null
              : new AppealDefenceView(
                  a.defence().sentOn(), a.defence().summary(), a.defence().by(), a.defence().at()),
          a.hearing() == null ? null : AppealViews.hearing(a.hearing()),
          a.ruling() == null ? null : AppealViews.ruling(a.ruling()));
    }
  }

  /** A row of the appeal list. */
  public record AppealListItem(
      String id,
      String caseNumber,
      String objectionId,
      String objectionCaseNumber,
      String level,
      String court,
      String courtCaseNumber,
      LocalDate lodgedOn,
      String status,
      String statusLabel,
      LocalDate deadline) {

    static AppealListItem of(Appeal a) {
      return new AppealListItem(
          a.id().value(),
          a.caseNumber().toString(),
          a.objectionId(),
          a.objectionCaseNumber(),
          a.level().name(),
          a.court(),
          a.courtCaseNumber(),
          a.lodgedOn(),
          a.status().name(),
          a.status().labelNl(),
          a.deadline());
    }
  }

  /** A page of the appeal list. */
  public record AppealPage(List<AppealListItem> appeals, long total, int page, int size) {}

  static List<AppealTermView> terms(Appeal a) {
    List<AppealTermView> terms = new ArrayList<>();
    if (a.level() == AppealLevel.HOGER_BEROEP) {
      terms.add(
          new AppealTermView(
              AppealProcess.CHECK_TASK,
              "Toets vakinhoudelijke lijn (zes weken na de uitspraak)",
              a.checkDueOn(),
              "Awb art. 6:7",
              a.check() != null));
    }
    terms.add(
        new AppealTermView(
            AppealProcess.DEFENCE_TASK,
            "Verweerschrift en stukken naar de rechter (vier weken)",
            a.defenceDueOn(),
            "Awb art. 8:42 lid 1",
            a.defence() != null && !a.defence().sentOn().isAfter(a.defenceDueOn())));
    return terms;
  }

  static List<AppealStepView> steps(Appeal a) {
    List<AppealStepView> steps = new ArrayList<>();
    steps.add(
        new AppealStepView("LODGED", "Beroep vastgelegd", a.registeredBy(), a.registeredAt()));
    if (a.check() != null) {
      steps.add(
          new AppealStepView(
              AppealProcess.CHECK_TASK,
              "Toets vakinhoudelijke lijn",
              a.check().by(),
              a.check().at()));
    }
    if (a.defence() != null) {
      steps.add(
          new AppealStepView(
              AppealProcess.DEFENCE_TASK,
              "Verweerschrift verzonden",
              a.defence().by(),
              a.defence().at()));
    }
    if (a.hearing() != null) {
      steps.add(
          new AppealStepView(
              AppealProcess.HEARING_TASK,
              a.hearing().skipped() ? "Geen zitting" : "Zitting gehouden",
              a.hearing().by(),
              a.hearing().at()));
    }
    if (a.ruling() != null) {
      steps.add(
          new AppealStepView(
              "RULING", "Uitspraak vastgelegd", a.ruling().recordedBy(), a.ruling().at()));
    }
    return steps;
  }

  static AppealCheckView check(AppealSteps.ProfessionalLineCheck c) {
    return new AppealCheckView(
        c.solvableWithCitizen(), c.solution().name(), c.reasons(), c.by(), c.at());
  }

  static AppealHearingView hearing(AppealSteps.Hearing h) {
    return new AppealHearingView(
        h.skipped(), h.heldOn(), h.notes(), h.skipReason(), h.by(), h.at());
  }

  static AppealRulingView ruling(AppealSteps.Ruling r) {
    String url = null;
    try {
      url = r.ecli() == null ? null : nl.toeslagen.kernel.Ecli.parse(r.ecli()).url();
    } catch (nl.toeslagen.kernel.ValidationException e) {
      url = null;
    }
    return new AppealRulingView(r.rulingId(), r.ecli(), url, r.date(), r.outcomeForAgency());
  }
}
