package nl.toeslagen.documents.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterOutbox;
import nl.toeslagen.documents.infrastructure.LetterJobEntity;

/**
 * Sends letters after commit, exactly once. A request composes the letter and queues it here, in
 * its own transaction (so the letter is queued if and only if the change commits); rendering the
 * PDF and storing it happens after commit, in a job of its own ({@link LetterJobs}), never inside
 * the request's transaction. One job per owner and event (the same key as the stored document): a
 * second request for the same event, or a retried job, never produces a second letter. When the
 * letter is stored, the job writes the audit entry given here ({@code {document}} in its reasons is
 * replaced by the document id).
 */
@ApplicationScoped
@Transactional
public class LetterQueue implements LetterOutbox {

  private static final Object AFTER_COMMIT_KEY = LetterQueue.class.getName() + ".jobs";

  @PersistenceContext(unitName = "documents")
  EntityManager em;

  @Inject DocumentStore documents;

  @Inject LetterJobs jobs;

  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Queues a letter for an event of an owner; nothing happens when that event already has a letter
   * (stored or queued).
   *
   * @return true when queued now, false when the event already had its letter
   */
  @Override
  public boolean send(
      String ownerType,
      String ownerId,
      String eventKey,
      String fileName,
      Letter letter,
      AuditNote audit) {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(audit, "audit");
    if (letter.draft()) {
      throw new IllegalArgumentException("a draft letter is a preview; it is never sent");
    }
    if (documents.findByEvent(ownerType, ownerId, eventKey).isPresent()
        || !em.createNamedQuery(LetterJobEntity.BY_EVENT, LetterJobEntity.class)
            .setParameter("ownerType", ownerType)
            .setParameter("ownerId", ownerId)
            .setParameter("eventKey", eventKey)
            .getResultList()
            .isEmpty()) {
      return false;
    }
    LetterJobEntity job = new LetterJobEntity();
    job.id = UUID.randomUUID().toString();
    job.ownerType = ownerType;
    job.ownerId = ownerId;
    job.eventKey = eventKey;
    job.fileName = fileName;
    job.letterJson = LetterJson.write(letter);
    job.auditAction = audit.action();
    job.auditBasis = audit.legalBasis();
    job.auditReasons = audit.reasons();
    job.status = LetterJobs.PENDING;
    job.attempts = 0;
    job.createdAt = clock.instant().atOffset(ZoneOffset.UTC);
    em.persist(job);
    runAfterCommit(job.id);
    return true;
  }

  @SuppressWarnings("unchecked")
  private void runAfterCommit(String jobId) {
    List<String> queued = (List<String>) transactions.getResource(AFTER_COMMIT_KEY);
    if (queued != null) {
      queued.add(jobId);
      return;
    }
    List<String> ids = new ArrayList<>();
    ids.add(jobId);
    transactions.putResource(AFTER_COMMIT_KEY, ids);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              jobs.runNow(ids);
            }
          }
        });
  }
}
