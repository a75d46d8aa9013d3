package nl.toeslagen.workflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The engine for process tests: in memory on H2, full history, no job executor (tests fire timers
 * themselves), and delegate beans registered as mocks ({@code Mocks.register(name, delegate)}).
 */
public final class InMemoryEngines {

  private InMemoryEngines() {}

  public static ProcessEngine build(String name) {
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName(name + "-test");
    config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setJobExecutorActivate(false);
    config.setExpressionManager(new MockExpressionManager());
    return config.buildProcessEngine();
  }
}
