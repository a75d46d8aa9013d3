package nl.toeslagen.documents.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs queued letter jobs on a dedicated managed thread, after the transaction that queued them has
 * committed. The committing thread waits for its letters for at most {@link #WAIT_SECONDS} (it
 * holds no transaction and no lock meanwhile), so a case usually shows its letter when the request
 * answers; if rendering fails or takes longer, the job stays pending and {@link LetterJobTimer}
 * tries it again.
 */
@ApplicationScoped
public class LetterJobs {

  private static final Logger LOG = Logger.getLogger(LetterJobs.class.getName());

  static final String PENDING = "PENDING";
  static final String DONE = "DONE";
  static final String FAILED = "FAILED";

  /** Attempts before a job is given up (FAILED) and needs an administrator. */
  static final int MAX_ATTEMPTS = 5;

  static final long WAIT_SECONDS = 10;

  @Inject LetterJobWorker worker;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private ExecutorService single;

  private synchronized ExecutorService executor() {
    if (single == null) {
      single =
          Executors.newSingleThreadExecutor(
              runnable -> {
                Thread t = threads.newThread(runnable);
                t.setName("letter-jobs");
                return t;
              });
    }
    return single;
  }

  /** Runs these jobs now and waits for them (bounded). */
  public void runNow(List<String> jobIds) {
    Future<?> run;
    try {
      run = executor().submit(() -> jobIds.forEach(this::runOne));
    } catch (RejectedExecutionException | IllegalStateException shuttingDown) {
      return;
    }
    try {
      run.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException e) {
      LOG.warning("letters still rendering after " + WAIT_SECONDS + " s; not waiting");
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "letter job failed; it is retried", e.getCause());
    }
  }

  /** Tries every pending job again (the periodic run). */
  public void runPending() {
    try {
      executor().submit(() -> worker.pending().forEach(this::runOne));
    } catch (RejectedExecutionException | IllegalStateException shuttingDown) {
      // undeploying: the next start picks the jobs up
    }
  }

  private void runOne(String jobId) {
    try {
      worker.process(jobId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "letter job " + jobId + " failed; it is retried", e);
      try {
        worker.failed(jobId, String.valueOf(e));
      } catch (RuntimeException again) {
        LOG.log(Level.WARNING, "could not record the failure of letter job " + jobId, again);
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (single != null) {
      single.shutdown();
      try {
        single.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
