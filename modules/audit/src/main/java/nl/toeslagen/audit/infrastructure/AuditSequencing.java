package nl.toeslagen.audit.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * Runs the {@link AuditSequencer} on ONE dedicated managed thread, so there is one sequencer and
 * runs never compete. After a transaction that recorded entries commits, the committing thread asks
 * for a run and waits for it (at most {@link #WAIT_SECONDS}): by the time a request answers, its
 * entries are in the chain and visible to searches. A thread that stops waiting loses nothing: the
 * run goes on, and the periodic run ({@link AuditSequencerTimer}) links whatever is left.
 */
@ApplicationScoped
public class AuditSequencing {

  private static final Logger LOG = Logger.getLogger(AuditSequencing.class.getName());

  static final long WAIT_SECONDS = 5;

  @Inject AuditSequencer sequencer;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private ExecutorService single;

  private synchronized ExecutorService executor() {
    if (single == null) {
      single =
          Executors.newSingleThreadExecutor(
              runnable -> {
                Thread t = threads.newThread(runnable);
                t.setName("audit-sequencer");
                return t;
              });
    }
    return single;
  }

  /** Links what is waiting and returns when done or after {@link #WAIT_SECONDS}. */
  public void linkNow() {
    Future<Long> run;
    try {
      run = executor().submit(this::linkAll);
    } catch (RejectedExecutionException | IllegalStateException shuttingDown) {
      return;
    }
    try {
      run.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException e) {
      LOG.warning("audit sequencer still running after " + WAIT_SECONDS + " s; not waiting");
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "audit sequencer failed; the periodic run retries", e.getCause());
    }
  }

  /** Asks for a run without waiting for it. */
  public void linkLater() {
    try {
      executor().submit(this::linkAll);
    } catch (RejectedExecutionException | IllegalStateException shuttingDown) {
      // undeploying: the next start links what is left
    }
  }

  /** Links everything that is waiting, one short transaction per batch. */
  long linkAll() {
    long total = 0;
    int linked;
    do {
      linked = sequencer.linkBatch();
      total += linked;
    } while (linked == AuditSequencer.BATCH);
    return total;
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
