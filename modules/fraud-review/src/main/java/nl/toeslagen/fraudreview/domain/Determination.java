package nl.toeslagen.fraudreview.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.kernel.LegalReference;

/**
 * The finding at the end of a phase. It takes effect only after a second, qualified person approved
 * it; a rejection sends it back to its author with the reviewer's reasons.
 */
public final class Determination {

  private final String id;
  private final Phase phase;
  private final Conclusion conclusion;
  private final String reasons;
  private final List<String> facts;
  private final List<LegalReference> legalReferences;
  private final Priority priority;
  private final FineProposal fine;
  private final String author;
  private final Instant authoredAt;
  private DeterminationStatus status;
  private String reviewer;
  private String reviewReasons;
  private Instant reviewedAt;

  private Determination(
      String id,
      Phase phase,
      Conclusion conclusion,
      String reasons,
      List<String> facts,
      List<LegalReference> legalReferences,
      Priority priority,
      FineProposal fine,
      String author,
      Instant authoredAt,
      DeterminationStatus status,
      String reviewer,
      String reviewReasons,
      Instant reviewedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.phase = Objects.requireNonNull(phase, "phase");
    this.conclusion = Objects.requireNonNull(conclusion, "conclusion");
    this.reasons = reasons;
    this.facts = facts == null ? List.of() : List.copyOf(facts);
    this.legalReferences = legalReferences == null ? List.of() : List.copyOf(legalReferences);
    this.priority = priority;
    this.fine = fine;
    this.author = Objects.requireNonNull(author, "author");
    this.authoredAt = Objects.requireNonNull(authoredAt, "authoredAt");
    this.status = Objects.requireNonNull(status, "status");
    this.reviewer = reviewer;
    this.reviewReasons = reviewReasons;
    this.reviewedAt = reviewedAt;
  }

  static Determination submit(
      String id, DeterminationDraft draft, FineProposal fine, String author, Instant at) {
    return new Determination(
        id,
        draft.phase(),
        draft.conclusion(),
        draft.reasons().strip(),
        draft.facts(),
        draft.legalReferences(),
        draft.conclusion() == Conclusion.RELEVANT
            ? (draft.priority() == null ? Priority.NORMAAL : draft.priority())
            : null,
        fine,
        author,
        at,
        DeterminationStatus.AWAITING_APPROVAL,
        null,
        null,
        null);
  }

  /** Rebuilds a stored determination (persistence only). */
  public static Determination restore(
      String id,
      Phase phase,
      Conclusion conclusion,
      String reasons,
      List<String> facts,
      List<LegalReference> legalReferences,
      Priority priority,
      FineProposal fine,
      String author,
      Instant authoredAt,
      DeterminationStatus status,
      String reviewer,
      String reviewReasons,
      Instant reviewedAt) {
    return new Determination(
        id,
        phase,
        conclusion,
        reasons,
        facts,
        legalReferences,
        priority,
        fine,
        author,
        authoredAt,
        status,
        reviewer,
        reviewReasons,
        reviewedAt);
  }

  void review(String reviewer, boolean approved, String reasons, Instant at) {
    this.status = approved ? DeterminationStatus.APPROVED : DeterminationStatus.REJECTED;
    this.reviewer = reviewer;
    this.reviewReasons = reasons.strip();
    this.reviewedAt = at;
  }

  /**
   * Withdrawn by its author while it waited for approval; the reviewer fields then hold who
   * withdrew it (the author), why and when.
   */
  void withdraw(String by, String reasons, Instant at) {
    this.status = DeterminationStatus.WITHDRAWN;
    this.reviewer = by;
    this.reviewReasons = reasons.strip();
    this.reviewedAt = at;
  }

  public boolean isWithdrawn() {
    return status == DeterminationStatus.WITHDRAWN;
  }

  public boolean isAwaitingApproval() {
    return status == DeterminationStatus.AWAITING_APPROVAL;
  }

  public boolean isApproved() {
    return status == DeterminationStatus.APPROVED;
  }

  public boolean isRejected() {
    return status == DeterminationStatus.REJECTED;
  }

  public String id() {
    return id;
  }

  public Phase phase() {
    return phase;
  }

  public Conclusion conclusion() {
    return conclusion;
  }

  public String reasons() {
    return reasons;
  }

  public List<String> facts() {
    return facts;
  }

  public List<LegalReference> legalReferences() {
    return legalReferences;
  }

  public Priority priority() {
    return priority;
  }

  public FineProposal fine() {
    return fine;
  }

  public String author() {
    return author;
  }

  public Instant authoredAt() {
    return authoredAt;
  }

  public DeterminationStatus status() {
    return status;
  }

  public String reviewer() {
    return reviewer;
  }

  public String reviewReasons() {
    return reviewReasons;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }
}
