package nl.toeslagen.web.it.probe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;

/**
 * Test-only probe (added to the WAR by {@code AuditConcurrencyIT}, never part of the product): a
 * transaction that records an audit entry and then stays open and slow, and a look at the JTA
 * transaction timeout every request runs under.
 */
@Path("test-probe/concurrency")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("BEHEER")
public class ConcurrencyProbe {

  private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

  @Inject Event<AuditEvent> audit;

  @Resource UserTransaction userTransaction;

  @Resource(lookup = "java:app/jdbc/toeslagen")
  javax.sql.DataSource dataSource;

  @Resource(lookup = "java:appserver/TransactionManager")
  TransactionManager transactionManager;

  /**
   * The server's threads with their stacks and the locks they hold or wait for, for a test that saw
   * a request hang to print.
   */
  @GET
  @Path("threads")
  @Produces(MediaType.TEXT_PLAIN)
  public String threads() {
    StringBuilder dump = new StringBuilder();
    for (java.lang.management.ThreadInfo t :
        java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
      dump.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
      if (t.getLockName() != null) {
        dump.append(" on ").append(t.getLockName());
      }
      if (t.getLockOwnerName() != null) {
        dump.append(" owned by \"").append(t.getLockOwnerName()).append('"');
      }
      dump.append('\n');
      for (StackTraceElement e : t.getStackTrace()) {
        dump.append("    at ").append(e).append('\n');
      }
    }
    return dump.toString();
  }

  /** One transaction: an audit entry first, then {@code millis} of work before it commits. */
  @POST
  @Path("slow/{key}")
  @Transactional
  public JsonObject slow(@PathParam("key") String key, @QueryParam("millis") long millis)
      throws InterruptedException {
    fire(key, "PROBE_SLOW");
    STARTED.add(key);
    Thread.sleep(millis);
    return Json.createObjectBuilder().add("done", true).build();
  }

  /** Whether the slow transaction for {@code key} has recorded its entry and is now waiting. */
  @GET
  @Path("slow/{key}/started")
  public JsonObject started(@PathParam("key") String key) {
    return Json.createObjectBuilder().add("started", STARTED.contains(key)).build();
  }

  /** The seconds left on the timeout of the transaction this request runs in (0: no timeout). */
  @GET
  @Path("transaction-timeout")
  @Transactional
  public JsonObject transactionTimeout() throws Exception {
    Transaction tx = transactionManager.getTransaction();
    int remaining = (Integer) tx.getClass().getMethod("getRemainingTimeout").invoke(tx);
    return Json.createObjectBuilder().add("remainingSeconds", remaining).build();
  }

  /**
   * A transaction with an audit entry that runs past a timeout of {@code timeoutSeconds}: the
   * transaction manager must roll it back.
   */
  @POST
  @Path("timed-out/{key}")
  public JsonObject timedOut(
      @PathParam("key") String key,
      @QueryParam("timeoutSeconds") int timeoutSeconds,
      @QueryParam("millis") long millis)
      throws Exception {
    boolean rolledBack = false;
    userTransaction.setTransactionTimeout(timeoutSeconds);
    try {
      userTransaction.begin();
      fire(key, "PROBE_TIMED_OUT");
      Thread.sleep(millis);
      try {
        userTransaction.commit();
      } catch (RollbackException expected) {
        rolledBack = true;
      } catch (IllegalStateException | jakarta.transaction.SystemException e) {
        rolledBack = true;
        userTransaction.rollback();
      }
    } finally {
      userTransaction.setTransactionTimeout(0); // back to the server's default for this thread
    }
    return Json.createObjectBuilder().add("rolledBack", rolledBack).build();
  }

  /** How many letter jobs are still pending (not yet rendered, stored and marked done). */
  @GET
  @Path("letter-jobs/pending")
  public JsonObject pendingLetterJobs() throws java.sql.SQLException {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM doc_letter_job WHERE status = 'PENDING'")) {
      rs.next();
      return Json.createObjectBuilder().add("pending", rs.getLong(1)).build();
    }
  }

  private void fire(String key, String action) {
    audit.fire(
        new AuditEvent(
            "beheer1", "BEHEER", action, "PROBE", key, Outcome.SUCCESS, null, "probe " + key));
  }
}
