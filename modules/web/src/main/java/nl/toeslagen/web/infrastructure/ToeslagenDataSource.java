package nl.toeslagen.web.infrastructure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The datasource class the container pools (see {@link DatabaseConfiguration}). It chooses the
 * database from the environment when the pool first asks for a connection: PostgreSQL when {@code
 * TOESLAGEN_DB_URL} is set, otherwise the embedded H2 database in {@code TOESLAGEN_DATA_DIR}. One
 * class for both, because a {@code @DataSourceDefinition} names its class at compile time while the
 * database is chosen at start-up. It reads environment variables (or the equivalent system
 * properties) directly, not MicroProfile Config: the pool may create connections while the
 * application is still being deployed, when Payara's Config cannot yet tell which application asks
 * (ADR 0003).
 */
public class ToeslagenDataSource implements DataSource {

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          current = create(DatabaseSettings.fromEnvironment());
          delegate = current;
        }
      }
    }
    return current;
  }

  private static DataSource create(DatabaseSettings settings) throws SQLException {
    if (settings.postgres()) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(settings.url());
      pg.setUser(settings.user());
      pg.setPassword(settings.password());
      return pg;
    }
    try {
      Class<?> type = Class.forName("org.h2.jdbcx.JdbcDataSource");
      DataSource h2 = (DataSource) type.getDeclaredConstructor().newInstance();
      type.getMethod("setURL", String.class).invoke(h2, settings.url());
      type.getMethod("setUser", String.class).invoke(h2, settings.user());
      type.getMethod("setPassword", String.class).invoke(h2, settings.password());
      return h2;
    } catch (ReflectiveOperationException e) {
      throw new SQLException("The embedded H2 driver is not available", e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }

  /**
   * The database settings from the environment ({@code TOESLAGEN_DB_*}, {@code
   * TOESLAGEN_DATA_DIR}).
   */
  public record DatabaseSettings(boolean postgres, String url, String user, String password) {

    public static DatabaseSettings fromEnvironment() {
      return from(
          name -> {
            String value = System.getProperty(name.toLowerCase().replace('_', '.'));
            return value != null ? value : System.getenv(name);
          });
    }

    /**
     * Reads {@code TOESLAGEN_DB_URL}, {@code _USER}, {@code _PASSWORD} and {@code
     * TOESLAGEN_DATA_DIR}.
     */
    public static DatabaseSettings from(UnaryOperator<String> environment) {
      String url = orEmpty(environment.apply("TOESLAGEN_DB_URL"));
      if (!url.isBlank()) {
        return new DatabaseSettings(
            true,
            url,
            orEmpty(environment.apply("TOESLAGEN_DB_USER")),
            orEmpty(environment.apply("TOESLAGEN_DB_PASSWORD")));
      }
      String configured = orEmpty(environment.apply("TOESLAGEN_DATA_DIR"));
      Path dir =
          Path.of(configured.isBlank() ? "./toeslagen-data" : configured)
              .toAbsolutePath()
              .normalize();
      String h2 = "jdbc:h2:file:" + dir.resolve("db").resolve("toeslagen") + ";AUTO_SERVER=TRUE";
      return new DatabaseSettings(false, h2, "sa", "");
    }

    private static String orEmpty(String value) {
      return value == null ? "" : value.trim();
    }
  }
}
