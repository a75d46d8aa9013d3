import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterRenderer;

/**
 * Letter rendering on its own (bin/benchmark, docs/performance.md): the application's {@link
 * LetterRenderer} (PDFBox, PDF/A-2b and PDF/UA-1) renders an acknowledgement of one page and a
 * decision of eight sections, warmed up, from 1 and 2 threads: letters per second, wall-clock p50
 * and p99 per letter, the CPU time of one letter and its size. Run with the documents module and
 * its dependencies on the class path: {@code java -cp … LetterBenchmark.java [letters]}.
 */
public class LetterBenchmark {

  public static void main(String[] args) throws Exception {
    int letters = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    LetterRenderer renderer = new LetterRenderer();
    System.out.println(
        "L   letter rendering (LetterRenderer, PDF/A-2b + PDF/UA-1, warmed up, "
            + letters
            + " letters per line)");
    for (Letter letter : List.of(acknowledgement(), decision())) {
      for (int i = 0; i < 100; i++) {
        renderer.render(letter); // warm-up
      }
      int bytes = renderer.render(letter).length;
      for (int threads : new int[] {1, 2}) {
        Result r = run(renderer, letter, threads, letters);
        System.out.printf(
            Locale.ROOT,
            "    %-15s %d thread(s): %6.1f letters/s  p50 %5.1f ms  p99 %5.1f ms  CPU %5.1f ms"
                + " a letter  %5.1f KB%n",
            letter.kind().equals("OBJECTION_DECISION") ? "decision, long" : "acknowledgement",
            threads,
            r.perSecond(),
            r.percentile(0.50),
            r.percentile(0.99),
            r.cpuMillis() / r.latencies().size(),
            bytes / 1024.0);
      }
    }
  }

  record Result(List<Double> latencies, double seconds, double cpuMillis) {
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

  private static Result run(LetterRenderer renderer, Letter letter, int threads, int total)
      throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    double[] cpuNanos = new double[threads];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int me = t;
      work.add(
          pool.submit(
              () -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < total / threads; i++) {
                  long begin = System.nanoTime();
                  renderer.render(letter);
                  latencies.add((System.nanoTime() - begin) / 1e6);
                }
                cpuNanos[me] = cpu.getCurrentThreadCpuTime() - cpuStart;
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    double cpuMillis = 0;
    for (double n : cpuNanos) {
      cpuMillis += n / 1e6;
    }
    return new Result(latencies, seconds, cpuMillis);
  }

  /** The shape of the acknowledgement of receipt: one page, two sections, a list. */
  private static Letter acknowledgement() {
    return Letter.builder()
        .kind("OBJECTION_ACKNOWLEDGEMENT")
        .reference("BZ-2026-000123")
        .date(LocalDate.of(2026, 11, 23))
        .recipient("De heer J. de Vries", "Dorpsstraat 12", "1234 AB  Utrecht")
        .salutation("Geachte heer De Vries,")
        .subject("Wij hebben uw bezwaar ontvangen")
        .section(
            Letter.Section.builder("Wat gebeurt er nu?")
                .paragraph(
                    "Op 20 november 2026 hebben wij uw bezwaar tegen de beslissing over uw"
                        + " huurtoeslag ontvangen. Wij gaan uw bezwaar nu bekijken.")
                .bullets(
                    "Wij beslissen uiterlijk op 15 januari 2027.",
                    "Hebben wij meer tijd nodig? Dan krijgt u een brief van ons.")
                .paragraph("U hoeft nu niets te doen.")
                .build())
        .section("Vragen?", "Bel ons op 0800 - 0543. Dat is gratis.")
        .signatory("M. Jansen", "teamleider Bezwaar")
        .footer("Artikel 6:7 Algemene wet bestuursrecht (BWBR0005537)")
        .footer("Artikel 7:10 Algemene wet bestuursrecht (BWBR0005537)")
        .build();
  }

  /** A long decision: eight sections of four paragraphs, about three pages. */
  private static Letter decision() {
    Letter.Builder b =
        Letter.builder()
            .kind("OBJECTION_DECISION")
            .reference("BZ-2026-000124")
            .date(LocalDate.of(2027, 3, 1))
            .recipient("Mevrouw A. Bakker", "Kerkstraat 3", "5678 CD  Zwolle")
            .subject("Beslissing op uw bezwaar")
            .footer("Artikel 7:12 Algemene wet bestuursrecht (BWBR0005537)");
    for (int s = 1; s <= 8; s++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        paragraphs.add(
            ("Dit is alinea " + (p + 1) + " van deel " + s + ". ")
                .concat("Wij leggen uit hoe wij tot onze beslissing zijn gekomen. ".repeat(6)));
      }
      b.section("Deel " + s, paragraphs.toArray(String[]::new));
    }
    return b.signatory("M. Jansen", "teamleider Bezwaar").build();
  }
}
