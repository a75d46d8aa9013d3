package nl.toeslagen.web.it.probe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.AuditQuery;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.workflow.api.ProcessPort;

/**
 * Test-only probe, added to the assembled WAR by the ITs (never part of the product): it lets a
 * test act as an attacker with database rights on the audit table, and run a domain change and an
 * engine change in one transaction.
 */
@Path("test-probe")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("BEHEER")
public class ProbeResource {

  @Resource(lookup = "java:app/jdbc/toeslagen")
  DataSource dataSource;

  @Inject Event<AuditEvent> audit;

  @Inject ProcessPort processes;

  @Inject AuditQuery auditQuery;

  /**
   * Runs SQL statements directly on the database. With {@code bypassTriggers} the PostgreSQL
   * append-only triggers are switched off first (as the table owner could) and on again afterwards.
   */
  @POST
  @Path("sql")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject sql(JsonArray statements, @QueryParam("bypassTriggers") boolean bypass) {
    boolean postgres;
    try (Connection c = dataSource.getConnection()) {
      postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      try (Statement s = c.createStatement()) {
        if (postgres && bypass) {
          s.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
        }
        int changed = 0;
        for (JsonValue statement : statements) {
          changed += s.executeUpdate(((jakarta.json.JsonString) statement).getString());
        }
        if (postgres && bypass) {
          s.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
        }
        return Json.createObjectBuilder().add("ok", true).add("changed", changed).build();
      }
    } catch (SQLException e) {
      return Json.createObjectBuilder()
          .add("ok", false)
          .add("error", String.valueOf(e.getMessage()))
          .build();
    }
  }

  /**
   * One transaction: an audited domain change and the start of a process; fails at the end when
   * asked to.
   */
  @POST
  @Path("transaction/{key}")
  @Transactional
  public JsonObject transaction(@PathParam("key") String key, @QueryParam("fail") boolean fail) {
    audit.fire(
        new AuditEvent(
            "beheer1", "BEHEER", "PROBE_CHANGE", "PROBE", key, Outcome.SUCCESS, null, "probe"));
    processes.start("TransactionProbe", key, Map.of("probe", key));
    if (fail) {
      throw new IllegalStateException("probe failure after both changes");
    }
    return state(key);
  }

  @GET
  @Path("transaction/{key}")
  public JsonObject state(@PathParam("key") String key) {
    return Json.createObjectBuilder()
        .add("processRunning", processes.isRunning(key))
        .add("auditEntries", auditQuery.forObject("PROBE", key).size())
        .build();
  }
}
