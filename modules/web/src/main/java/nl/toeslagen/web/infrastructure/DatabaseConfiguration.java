package nl.toeslagen.web.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's own datasource, so the WAR needs nothing configured in the server. The pooled
 * class picks H2 or PostgreSQL from the environment (see {@link ToeslagenDataSource}). The pool is
 * sized against the request threads (pre-boot-commands.asadmin: at most 16, and a request can hold
 * two connections), so that it cannot run dry while requests wait for a second connection.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/toeslagen",
    className = "nl.toeslagen.web.infrastructure.ToeslagenDataSource",
    transactional = true,
    minPoolSize = 2,
    maxPoolSize = 48)
@Singleton
public class DatabaseConfiguration {}
