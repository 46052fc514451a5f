import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.LanguageDetector;

/**
 * Extraction throughput by thread CPU time, so a loaded machine does not distort A/B comparisons:
 * seeds/ + corpus/dev/ repeated to ~10 MB, 2 warm-up passes, then N measured passes.
 * Run: java -cp target/factdrill.jar scripts/perf/ExtractCpu.java HOME [passes].
 */
public final class ExtractCpu {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : ".");
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(home.resolve("seeds"), home.resolve("corpus/dev"))) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    LanguageDetector detector = new LanguageDetector();
    List<Document> docs = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      docs.add(new Document(f.toString(), text, detector.detect(text)));
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    int repeats = (int) ((10_000_000L + bytes - 1) / bytes);
    double mb = bytes * (double) repeats / 1e6;
    FactExtractor x = new FactExtractor();
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double[] rates = new double[passes];
    long facts = 0;
    for (int p = -2; p < passes; p++) {
      long c0 = t.getCurrentThreadCpuTime();
      facts = 0;
      for (int r = 0; r < repeats; r++) {
        for (Document d : docs) {
          facts += x.extract(d).size();
        }
      }
      double s = (t.getCurrentThreadCpuTime() - c0) / 1e9;
      if (p >= 0) {
        rates[p] = mb / s;
      }
    }
    Arrays.sort(rates);
    System.out.printf("corpus %.1f MB (%d files x %d), %d facts/pass; CPU MB/s median %.1f best %.1f all %s%n",
        mb, docs.size(), repeats, facts, rates[passes / 2], rates[passes - 1], Arrays.toString(rates));
  }
}
