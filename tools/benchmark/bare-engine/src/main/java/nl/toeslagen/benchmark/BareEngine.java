package nl.toeslagen.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare-engine reference of P1 in bin/benchmark (issue 11, docs/performance.md): how fast the
 * Camunda engine of the application's version starts a process on its own, on the same PostgreSQL
 * server and at the same concurrency as the intake it is compared with. Intake through the REST API
 * is measured "next to two references at the same concurrency on the same database: raw single-row
 * JDBC inserts, and the bare engine (the same Camunda version starting a one-user-task process,
 * history {@code full}, no application code)". The intake's target is at least half the bare
 * engine's rate; the ratio tells how much the application adds to the engine's own cost.
 *
 * <p>What is measured: a {@link StandaloneProcessEngineConfiguration} with its own connection pool
 * on the given database (schema update {@code true}, history {@code full}, no job executor, no
 * other settings and no listeners, delegates or plug-ins) deploys a process of start event, one
 * user task and end event, built with the model API. Then 1 and 4 threads together start {@code
 * count} instances, each with its own business key, each concurrency after a warm-up of {@value
 * #WARM_UP} starts at that concurrency, not counted (it warms up the JIT and opens the pool's
 * connections for the threads, as a running application has them open). The latency of one start is
 * the {@code startProcessInstanceByKey} call: the user task is created and committed inside that
 * call's transaction, so it exists when the call returns, as the first task exists when the intake
 * has answered. The rate is the starts over the wall time of all threads. At the end of each run
 * the number of open tasks of that run's business keys must equal its starts.
 *
 * <p>Arguments: JDBC URL, database user, password, starts per concurrency. Prints one line per
 * concurrency in the style of Benchmark.java's P1 lines, then one machine-readable line per
 * concurrency, {@code BARE_ENGINE_RATE <threads> <starts per second>}, that bin/benchmark passes on
 * to Benchmark.java.
 */
public final class BareEngine {

  private static final String PROCESS_KEY = "bareEngineBenchmark";
  private static final int WARM_UP = 50;
  private static final int[] CONCURRENCY = {1, 4};

  private BareEngine() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("Arguments: JDBC URL, database user, password, starts per concurrency");
      System.exit(2);
    }
    int count = Integer.parseInt(args[3]);
    if (count < CONCURRENCY[CONCURRENCY.length - 1]) {
      throw new IllegalArgumentException("at least 4 starts per concurrency, not " + count);
    }
    ProcessEngine engine = engine(args[0], args[1], args[2]);
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .name("bare-engine benchmark")
          .addModelInstance(PROCESS_KEY + ".bpmn", oneUserTaskProcess())
          .deploy();
      String run = UUID.randomUUID().toString().substring(0, 8);

      System.out.printf(
          Locale.ROOT,
          "P1  reference: the bare engine (Camunda %s, one-user-task process, history full, no"
              + " application code, %d starts per concurrency)%n",
          ProductPropertiesUtil.getProductVersion(),
          count);
      List<String> rates = new ArrayList<>();
      for (int threads : CONCURRENCY) {
        // the warm-up at this concurrency also opens the pool's connections for its threads
        starts(engine, threads, WARM_UP, run + "-warm-up-" + threads);
        String prefix = run + "-" + threads;
        Result result = starts(engine, threads, count, prefix);
        long tasks =
            engine
                .getTaskService()
                .createTaskQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKeyLike(prefix + "-%")
                .count();
        if (tasks != result.latencies().size()) {
          throw new IllegalStateException(
              tasks + " open tasks after " + result.latencies().size() + " starts");
        }
        System.out.printf(
            Locale.ROOT,
            "    %d thread(s): %7.1f starts/s   p50 %6.1f ms  p99 %6.1f ms | %d starts, %d tasks%n",
            threads,
            result.perSecond(),
            result.p50(),
            result.p99(),
            result.latencies().size(),
            tasks);
        rates.add(
            String.format(Locale.ROOT, "BARE_ENGINE_RATE %d %.1f", threads, result.perSecond()));
      }
      rates.forEach(System.out::println);
    } finally {
      engine.close();
    }
  }

  private static ProcessEngine engine(String jdbcUrl, String user, String password) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-engine-benchmark");
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    return configuration.buildProcessEngine();
  }

  /** Start event, one user task, end event; a history time to live, as the engine enforces it. */
  private static BpmnModelInstance oneUserTaskProcess() {
    return Bpmn.createExecutableProcess(PROCESS_KEY)
        .camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("task")
        .name("Task")
        .endEvent()
        .done();
  }

  /** {@code total} starts from {@code threads} threads, business keys {@code <prefix>-<n>}. */
  private static Result starts(ProcessEngine engine, int threads, int total, String prefix)
      throws Exception {
    RuntimeService runtime = engine.getRuntimeService();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int share = total / threads;
      int thread = t;
      work.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  String businessKey = prefix + "-" + (thread * share + i);
                  long t0 = System.nanoTime();
                  ProcessInstance instance =
                      runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey);
                  latencies.add((System.nanoTime() - t0) / 1e6);
                  // the instance waits in its user task: it has not ended
                  if (instance.isEnded()) {
                    throw new IllegalStateException("instance " + businessKey + " ended");
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(latencies, seconds);
  }

  /** Results of one measured run: latencies in ms, the wall time in s (as in Benchmark.java). */
  record Result(List<Double> latencies, double seconds) {
    double perSecond() {
      return latencies.size() / seconds;
    }

    double p50() {
      return percentile(0.50);
    }

    double p99() {
      return percentile(0.99);
    }

    private double percentile(double p) {
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      int index = (int) Math.ceil(p * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
  }
}
