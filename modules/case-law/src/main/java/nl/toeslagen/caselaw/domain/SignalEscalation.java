package nl.toeslagen.caselaw.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;

/**
 * A signal category that crossed its threshold, put before management: open (with a follow-up task
 * for the team leaders) until its follow-up — decision, owner, date — is recorded. While it is
 * open, every new signal of its category joins it (one open escalation per category).
 */
public final class SignalEscalation {

  private final SignalEscalationId id;
  private final CaseNumber caseNumber;
  private final String category;
  private final int threshold;
  private final int windowDays;
  private final LocalDate openedOn;
  private final Instant openedAt;
  private final int signalsAtOpening;
  private int signalCount;
  private LocalDate lastSignalOn;
  private SignalEscalationStatus status;
  private SignalFollowUp followUp;
  private final long version;

  /** The whole state, as storage rebuilds it. */
  public SignalEscalation(
      SignalEscalationId id,
      CaseNumber caseNumber,
      String category,
      int threshold,
      int windowDays,
      LocalDate openedOn,
      Instant openedAt,
      int signalsAtOpening,
      int signalCount,
      LocalDate lastSignalOn,
      SignalEscalationStatus status,
      SignalFollowUp followUp,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
    this.category = Objects.requireNonNull(category, "category");
    this.threshold = threshold;
    this.windowDays = windowDays;
    this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.signalsAtOpening = signalsAtOpening;
    this.signalCount = signalCount;
    this.lastSignalOn = lastSignalOn;
    this.status = Objects.requireNonNull(status, "status");
    this.followUp = followUp;
    this.version = version;
  }

  /**
   * Opens the escalation of a category whose signals in its window reached its threshold ({@link
   * SignalThresholdPolicy}).
   */
  public static SignalEscalation open(
      SignalEscalationId id,
      CaseNumber caseNumber,
      SignalCategories.Category category,
      int signalsInWindow,
      LocalDate today,
      Instant now) {
    return new SignalEscalation(
        id,
        caseNumber,
        category.code(),
        category.threshold(),
        category.windowDays(),
        today,
        now,
        signalsInWindow,
        signalsInWindow,
        today,
        SignalEscalationStatus.OPEN,
        null,
        0);
  }

  /** A signal of the category joined the open escalation. */
  public void joined(LocalDate signalDate) {
    joined(1, signalDate);
  }

  /**
   * Signals of the category joined the open escalation ({@code signals} of them, the latest dated
   * {@code latestDate}).
   */
  public void joined(int signals, LocalDate latestDate) {
    if (status != SignalEscalationStatus.OPEN) {
      throw new IllegalStateException("a followed-up escalation takes no signals: " + id);
    }
    if (signals < 0) {
      throw new IllegalArgumentException("signals joined: " + signals);
    }
    signalCount = (int) Math.min(Integer.MAX_VALUE, (long) signalCount + signals);
    LocalDate signalDate = latestDate;
    if (lastSignalOn == null || signalDate.isAfter(lastSignalOn)) {
      lastSignalOn = signalDate;
    }
  }

  /**
   * Records management's follow-up ({@link SignalFollowUpPolicy}: a team leader, once, a decision
   * and an owner, a date not before the escalation opened); the escalation is then followed up.
   */
  public PolicyDecision recordFollowUp(SignalFollowUp followUp, Set<Role> roles) {
    PolicyDecision decision = new SignalFollowUpPolicy().evaluate(this, followUp, roles);
    this.followUp = followUp;
    this.status = SignalEscalationStatus.OPGEVOLGD;
    return decision;
  }

  public SignalEscalationId id() {
    return id;
  }

  /** The escalation's number (SE-2026-000001), for the task list and the minutes. */
  public CaseNumber caseNumber() {
    return caseNumber;
  }

  /** The category code. */
  public String category() {
    return category;
  }

  /** The threshold the category had when it opened. */
  public int threshold() {
    return threshold;
  }

  /** The window the category had when it opened, in days. */
  public int windowDays() {
    return windowDays;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public Instant openedAt() {
    return openedAt;
  }

  /** How many signals in the window opened it. */
  public int signalsAtOpening() {
    return signalsAtOpening;
  }

  /** How many signals are behind it (those that opened it and those that joined). */
  public int signalCount() {
    return signalCount;
  }

  public LocalDate lastSignalOn() {
    return lastSignalOn;
  }

  public SignalEscalationStatus status() {
    return status;
  }

  public boolean open() {
    return status == SignalEscalationStatus.OPEN;
  }

  /** The follow-up, or null while open. */
  public SignalFollowUp followUp() {
    return followUp;
  }

  public long version() {
    return version;
  }
}
