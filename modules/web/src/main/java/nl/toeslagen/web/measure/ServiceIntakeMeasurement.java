package nl.toeslagen.web.measure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.toeslagen.kernel.MeasurementSwitch;
import nl.toeslagen.web.rest.TaskListState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * P1 through the application service (docs/performance.md): with {@code
 * TOESLAGEN_BENCH_SERVICE_INTAKES=N} (demo profile only, else the start is refused) the
 * application, once ready, registers one intake to warm up and then {@code N} intakes from 1 and
 * from 4 threads through {@link MeasuredIntake} — the application service without HTTP, JSON or the
 * role filter — and logs one line per concurrency, {@code P1_SERVICE <threads> <intakes/s> <p50 ms>
 * <p99 ms>}, then {@code P1_SERVICE_DONE}. bin/benchmark starts the application so on a database of
 * its own and prints the figures beside the REST API's. Without the variable this bean does
 * nothing.
 */
@Singleton
@Startup
@DependsOn("EngineBootstrap")
public class ServiceIntakeMeasurement {

  /** The file in the data folder that starts the measurement. */
  static final String TRIGGER = "bench-service-start";

  private static final Logger LOG = Logger.getLogger(ServiceIntakeMeasurement.class.getName());

  @Inject MeasuredIntake intake;
  @Inject TaskListState taskList;

  /** The data folder, read as the document store reads it ({@code TOESLAGEN_DATA_DIR}). */
  @Inject
  @ConfigProperty(name = "toeslagen.data.dir", defaultValue = "./toeslagen-data")
  String dataDir;

  @Resource ManagedExecutorService executor;
  @Resource ManagedThreadFactory threads;

  @PostConstruct
  void start() {
    int intakes = MeasurementSwitch.serviceIntakes();
    if (intakes > 0) {
      LOG.warning(
          () ->
              "MEASUREMENT: "
                  + MeasurementSwitch.SERVICE_INTAKES
                  + "="
                  + intakes
                  + " makes that many intakes through the application service after start");
      executor.submit(() -> measure(intakes));
    }
  }

  private void measure(int intakes) {
    try {
      Path trigger = Path.of(dataDir).resolve(TRIGGER);
      for (int i = 0; i < 6000 && !(taskList.isVerified() && Files.exists(trigger)); i++) {
        Thread.sleep(100);
      }
      if (!Files.exists(trigger)) {
        LOG.severe(() -> "P1_SERVICE_FAILED: no " + trigger + " after 10 minutes");
        return;
      }
      intake.once(); // warm-up, not counted
      for (int clients : new int[] {1, 4}) {
        Result r = run(clients, intakes);
        String line =
            String.format(
                Locale.ROOT,
                "P1_SERVICE %d %.2f %.1f %.1f",
                clients,
                r.perSecond(),
                r.percentile(0.50),
                r.percentile(0.99));
        LOG.info(line);
      }
      LOG.info("P1_SERVICE_DONE");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "P1_SERVICE_FAILED", e);
    }
  }

  private Result run(int clients, int total) throws Exception {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients, threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int share = total / clients;
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < share; i++) {
                    long t = System.nanoTime();
                    intake.once();
                    latencies.add((System.nanoTime() - t) / 1e6);
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      return new Result(latencies, (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  /** Latencies in ms and the wall time in s of one run. */
  private record Result(List<Double> latencies, double seconds) {
    double perSecond() {
      return latencies.size() / seconds;
    }

    double percentile(double p) {
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      int index = (int) Math.ceil(p * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
  }
}
