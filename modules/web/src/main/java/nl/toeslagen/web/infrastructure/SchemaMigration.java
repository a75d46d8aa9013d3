package nl.toeslagen.web.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned schema migrations of every module ({@code db/migration/common}, plus the
 * vendor folder of the database in use) before anything else touches the database. The engine
 * creates its own tables.
 */
@Singleton(name = "SchemaMigration")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/toeslagen")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    String vendor = vendor();
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .table("schema_history")
            .baselineOnMigrate(false)
            // versions are numbered per module (V<module>_<n>): a module's new migration may sort
            // before another module's applied one, so it must still run on an existing database
            .outOfOrder(true)
            .failOnMissingLocations(false)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema on "
                + vendor
                + ": "
                + result.migrationsExecuted
                + " migrations applied, now at "
                + result.targetSchemaVersion);
  }

  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
    }
  }
}
