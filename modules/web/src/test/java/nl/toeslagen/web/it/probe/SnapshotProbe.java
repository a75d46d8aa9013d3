package nl.toeslagen.web.it.probe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Test-only probe (never part of the product): the row count of every table of the application's
 * schema, and the audit entries counted by actor, action and outcome, so that the hostile-input
 * suite can tell that a refused request wrote nothing. Not audited itself.
 */
@Path("test-snapshot")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("BEHEER")
public class SnapshotProbe {

  @Resource(lookup = "java:app/jdbc/toeslagen")
  DataSource dataSource;

  @GET
  public JsonObject snapshot() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String quote = meta.getIdentifierQuoteString().trim();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", null)) {
        while (rs.next()) {
          String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
          if (type.equals("TABLE") || type.equals("BASE TABLE")) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      JsonObjectBuilder counts = Json.createObjectBuilder();
      JsonObjectBuilder audit = Json.createObjectBuilder();
      try (Statement s = c.createStatement()) {
        for (String table : tables) {
          try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quote + table + quote)) {
            rs.next();
            counts.add(table.toLowerCase(Locale.ROOT), rs.getLong(1));
          }
        }
        try (ResultSet rs =
            s.executeQuery(
                "SELECT actor, action, outcome, COUNT(*) FROM audit_entry"
                    + " GROUP BY actor, action, outcome")) {
          while (rs.next()) {
            audit.add(
                rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
          }
        }
      }
      return Json.createObjectBuilder().add("tables", counts).add("audit", audit).build();
    }
  }
}
