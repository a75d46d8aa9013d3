package nl.toeslagen.fraudreview.application;

import java.util.List;
import java.util.Locale;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.DeterminationDraft;
import nl.toeslagen.fraudreview.domain.FineRequest;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.fraudreview.domain.ReasonsRequiredPolicy;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.usecase.api.CaseKind;
import nl.toeslagen.usecase.api.Change;
import nl.toeslagen.workflow.api.ProcessVariables;

/** What the fraud-review handlers share: the case kind, input parsing and audit texts. */
final class SignalCase {

  private SignalCase() {}

  /**
   * What the task list shows and searches of the signal: its number, a label, the citizen (masked,
   * and as look-up hash), the benefit; no term yet ({@link FraudReviewProcess#DEADLINE}).
   */
  static ProcessVariables taskListVariables(Signal signal) {
    return ProcessVariables.of(FraudReviewProcess.CASE_NUMBER, signal.caseNumber().toString())
        .and(
            FraudReviewProcess.CASE_LABEL,
            signal.caseNumber() + " · Signaal " + signal.benefitType().labelNl())
        .and(FraudReviewProcess.CITIZEN, signal.citizen().masked())
        .and(FraudReviewProcess.CITIZEN_BSN_HASH, signal.citizen().lookupHash())
        .and(FraudReviewProcess.BENEFIT_TYPE, signal.benefitType().name())
        .and(FraudReviewProcess.DEADLINE, null);
  }

  /** Signals as the unit of work handles them. */
  static CaseKind<SignalId, Signal> kind(SignalRepository signals) {
    return new CaseKind<>(SignalId.OBJECT_TYPE, signals, Signal::id);
  }

  /**
   * Records an audit entry whose text already carries Dutch and English ("Vaststelling/
   * determination ..."), stored as it is.
   */
  static void note(Change change, String action, String basis, String bilingual) {
    change.audit(action, basis, bilingual, bilingual);
  }

  /**
   * Reasons are required (Awb 3:46): without them the attempt is invalid input (400 naming {@code
   * field}), audited once by the web module under {@code action}.
   */
  static void requireReasons(String reasons, String field, String action) {
    PolicyDecision decision = new ReasonsRequiredPolicy().evaluate(reasons);
    if (decision.refused()) {
      throw decision
          .violation()
          .as(PolicyViolationException.Kind.INVALID)
          .onField(field)
          .audited(action);
    }
  }

  static String describe(Determination d) {
    return "Vaststelling/determination "
        + d.id()
        + " fase/phase "
        + d.phase()
        + ": "
        + d.conclusion()
        + " — "
        + d.reasons();
  }

  static String legalBasis(Determination d) {
    if (!d.legalReferences().isEmpty()) {
      return d.legalReferences().get(0).toString();
    }
    if (d.fine() != null) {
      return d.fine().correctedBeforeAware() ? "BWBR0018472 art. 42" : "BWBR0018472 art. 41";
    }
    return null;
  }

  static DeterminationDraft draft(SubmitDetermination cmd) {
    Phase phase = parse(Phase.class, "phase", cmd.phase());
    Conclusion conclusion = parse(Conclusion.class, "conclusion", cmd.conclusion());
    List<LegalReference> refs =
        cmd.legalReferences() == null
            ? List.of()
            : cmd.legalReferences().stream()
                .filter(r -> r != null && !r.isBlank())
                .map(LegalReference::parse)
                .toList();
    FineRequest fine = cmd.fine() == null ? null : fine(cmd.fine(), "fine");
    return new DeterminationDraft(
        phase,
        conclusion,
        cmd.reasons(),
        cmd.facts() == null
            ? List.of()
            : cmd.facts().stream().filter(f -> f != null && !f.isBlank()).toList(),
        refs,
        cmd.priority() == null || cmd.priority().isBlank()
            ? null
            : parse(Priority.class, "priority", cmd.priority()),
        fine);
  }

  /**
   * A fine as the API sends it; recovery and percentage are required (400 naming {@code field}).
   */
  static FineRequest fine(SignalCommands.Fine f, String field) {
    if (f == null || f.recoveryCents() == null || f.percentage() == null) {
      throw new ValidationException(
          field,
          "Vul bij een boetevoorstel de terugvordering en het percentage in.",
          "A fine proposal needs the recovery and the percentage.");
    }
    return new FineRequest(
        Money.ofCents(f.recoveryCents()),
        f.percentage(),
        f.previousFineDate(),
        Boolean.TRUE.equals(f.correctedBeforeAware()),
        f.reportReference());
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "Vul " + field + " in.", "Enter " + field + ".");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          field,
          "Onbekende waarde voor " + field + ": " + value,
          "Unknown value for " + field + ": " + value);
    }
  }
}
