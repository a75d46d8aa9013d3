package nl.toeslagen.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.documents.infrastructure.LetterJobEntity;
import nl.toeslagen.kernel.Actor;

/** Renders and stores one queued letter per transaction; see {@link LetterQueue}. */
@ApplicationScoped
public class LetterJobWorker {

  @PersistenceContext(unitName = "documents")
  EntityManager em;

  @Inject LetterRenderer renderer;

  @Inject DocumentStore documents;

  @Inject Event<AuditEvent> audit;

  /**
   * Renders and stores the letter of a pending job, writes its audit entry and marks it done, all
   * in one transaction: a failure leaves the job pending for the next attempt, and the document
   * store's one-document-per-event rule keeps a retry from storing a second copy.
   *
   * @return true when the letter was stored now
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean process(String jobId) {
    LetterJobEntity job = em.find(LetterJobEntity.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || !LetterJobs.PENDING.equals(job.status)) {
      return false; // done by an earlier run
    }
    boolean existed = documents.findByEvent(job.ownerType, job.ownerId, job.eventKey).isPresent();
    StoredDocument doc =
        documents.store(
            job.ownerType,
            job.ownerId,
            job.eventKey,
            LetterJson.read(job.letterJson).kind(),
            job.fileName,
            renderer.render(LetterJson.read(job.letterJson)));
    if (!existed) {
      audit.fire(
          new AuditEvent(
              Actor.SYSTEM_USER,
              null,
              job.auditAction,
              job.ownerType,
              job.ownerId,
              Outcome.SUCCESS,
              job.auditBasis,
              job.auditReasons == null
                  ? doc.id()
                  : job.auditReasons.replace(LetterQueue.DOCUMENT, doc.id())));
    }
    job.markDone(doc.id());
    return !existed;
  }

  /** Counts a failed attempt; after {@link LetterJobs#MAX_ATTEMPTS} the job is marked FAILED. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(String jobId, String error) {
    LetterJobEntity job = em.find(LetterJobEntity.class, jobId, LockModeType.PESSIMISTIC_WRITE);
    if (job == null || !LetterJobs.PENDING.equals(job.status)) {
      return;
    }
    job.failedAttempt(error, LetterJobs.MAX_ATTEMPTS);
  }

  /** The ids of pending jobs that may be tried again, oldest first. */
  @Transactional(TxType.NOT_SUPPORTED)
  public List<String> pending() {
    return em.createNamedQuery(LetterJobEntity.PENDING, String.class)
        .setParameter("max", LetterJobs.MAX_ATTEMPTS)
        .setMaxResults(100)
        .getResultList();
  }
}
