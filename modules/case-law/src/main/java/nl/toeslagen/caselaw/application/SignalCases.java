package nl.toeslagen.caselaw.application;

import nl.toeslagen.caselaw.domain.Signal;
import nl.toeslagen.caselaw.domain.SignalCategories;
import nl.toeslagen.caselaw.domain.SignalEscalation;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalEscalations;
import nl.toeslagen.caselaw.domain.SignalId;
import nl.toeslagen.caselaw.domain.Signals;
import nl.toeslagen.usecase.api.CaseKind;

/** What the signal handlers share: the case kinds, the categories (data), the legal basis. */
final class SignalCases {

  /** The categories shipped with the release. */
  static final SignalCategories CATEGORIES = SignalCategories.load();

  /**
   * The legal basis of signal management, as audit entries name it (seed 000; the audit trail keeps
   * at most 200 characters of it).
   */
  static final String BASIS =
      "Eigen norm signaalmanagement (Overzicht en toelichting specifieke maatregelen Toeslagen en"
          + " Belastingdienst)";

  /** The workflow name of escalations (task list, notices). */
  static final String WORKFLOW = "signals";

  private SignalCases() {}

  static CaseKind<SignalId, Signal> signals(Signals store) {
    return new CaseKind<>(SignalId.OBJECT_TYPE, store, Signal::id);
  }

  static CaseKind<SignalEscalationId, SignalEscalation> escalations(SignalEscalations store) {
    return new CaseKind<>(SignalEscalationId.OBJECT_TYPE, store, SignalEscalation::id);
  }

  /** The category's label, or its code when the data no longer has it. */
  static String labelNl(String code) {
    return CATEGORIES.find(code).map(SignalCategories.Category::labelNl).orElse(code);
  }

  static String labelEn(String code) {
    return CATEGORIES.find(code).map(SignalCategories.Category::labelEn).orElse(code);
  }

  /** What the task list shows of an escalation. */
  static String caseLabel(SignalEscalation e) {
    return e.caseNumber() + " · Signalen: " + labelNl(e.category());
  }
}
