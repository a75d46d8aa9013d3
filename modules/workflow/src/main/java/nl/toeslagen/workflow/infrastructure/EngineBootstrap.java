package nl.toeslagen.workflow.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.kernel.MeasurementSwitch;
import nl.toeslagen.kernel.NodeName;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Boots the embedded engine on the container's JTA transaction manager and datasource, with full
 * history and the job executor on a managed executor, then deploys the models of {@code bpmn/}.
 * Bean-managed transactions: the engine opens and joins JTA transactions itself.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EngineBootstrap {

  static final String ENGINE_NAME = "toeslagen";
  private static final Logger LOG = Logger.getLogger(EngineBootstrap.class.getName());
  private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

  @Resource(lookup = "java:app/jdbc/toeslagen")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Resource ManagedThreadFactory threadFactory;

  @Inject BeanManager beanManager;

  @Inject Event<AuditEvent> audit;

  @Inject Event<nl.toeslagen.workflow.api.TaskChanged> taskChanges;

  private ProcessEngine engine;

  /**
   * History {@code full}, always, except in a measurement of what it costs ({@code
   * TOESLAGEN_ENGINE_HISTORY=none}, demo profile only; docs/performance.md, P2). The audit switch
   * is checked here too, so that a refused switch stops the start rather than the first request.
   */
  static String historyLevel() {
    if (MeasurementSwitch.auditOff()) {
      LOG.severe("MEASUREMENT: the audit trail is OFF (TOESLAGEN_AUDIT=off); never in production");
    }
    if (MeasurementSwitch.historyNone()) {
      LOG.severe("MEASUREMENT: the engine keeps NO history (TOESLAGEN_ENGINE_HISTORY=none)");
      return ProcessEngineConfigurationImpl.HISTORY_NONE;
    }
    return ProcessEngineConfigurationImpl.HISTORY_FULL;
  }

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(lookupTransactionManager());
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(historyLevel());
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setExpressionManager(new CdiExpressionManager(beanManager));
    configuration.setCustomPostBPMNParseListeners(
        new java.util.ArrayList<>(
            List.of(
                new TaskAuditParseListener(
                    new TaskAuditListener(audit), new TaskChangeListener(taskChanges)))));
    configuration.setJobExecutor(new ManagedJobExecutor(executor, threadFactory));
    configuration.setJobExecutorActivate(true);
    configuration.setMetricsEnabled(false);
    // several nodes share one database: the job log names the node that ran each job
    String node = NodeName.current();
    configuration.setHostname(node);
    engine = configuration.buildProcessEngine();
    new ModelDeployer(engine.getRepositoryService()).deployAll();
    new InstanceMigration(engine).migrateAllToLatest();
    LOG.info(
        () ->
            "Workflow engine '"
                + ENGINE_NAME
                + "' started on node "
                + node
                + " in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  @Produces
  public ProcessEngine processEngine() {
    return engine;
  }

  private static TransactionManager lookupTransactionManager() {
    try {
      return (TransactionManager) new InitialContext().lookup(TRANSACTION_MANAGER);
    } catch (NamingException e) {
      throw new IllegalStateException("No JTA transaction manager at " + TRANSACTION_MANAGER, e);
    }
  }
}
