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

  private static volatile List<String> tables;

  /** The tables of the schema, read once: the suite does not create tables. */
  private static List<String> tables(Connection c) throws SQLException {
    if (tables == null) {
      List<String> found = new ArrayList<>();
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", null)) {
        while (rs.next()) {
          String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
          if (type.equals("TABLE") || type.equals("BASE TABLE")) {
            found.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      tables = List.copyOf(found);
    }
    return tables;
  }

  @GET
  public JsonObject snapshot() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String quote = meta.getIdentifierQuoteString().trim();
      List<String> names = tables(c);
      JsonObjectBuilder counts = Json.createObjectBuilder();
      JsonObjectBuilder audit = Json.createObjectBuilder();
      try (Statement s = c.createStatement()) {
        // one query for all tables: the suite takes a snapshot around every call
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
          union.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i);
          union.append(", COUNT(*) FROM ").append(quote).append(names.get(i)).append(quote);
        }
        if (!names.isEmpty()) {
          try (ResultSet rs = s.executeQuery(union.toString())) {
            while (rs.next()) {
              counts.add(names.get(rs.getInt(1)).toLowerCase(Locale.ROOT), rs.getLong(2));
            }
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
