import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.LanguageDetector;

/**
 * A JFR profile of extraction over chosen files only, after the JIT has settled on the whole
 * corpus: WARM passes over seeds/ + corpus/dev/, then SECONDS of passes over the named files
 * (paths relative to HOME) recorded at 1 ms. Run with the build's classpath:
 * java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -cp CP scripts/perf/ExtractFilesJfr.java
 *   HOME OUT.jfr WARM SECONDS FILE...
 */
public final class ExtractFilesJfr {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int warm = Integer.parseInt(args[2]);
    double seconds = Double.parseDouble(args[3]);
    List<Path> all = new ArrayList<>();
    for (Path dir : List.of(home.resolve("seeds"), home.resolve("corpus/dev"))) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
      }
    }
    LanguageDetector det = new LanguageDetector();
    List<Document> docs = new ArrayList<>();
    for (Path f : all) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      docs.add(new Document(f.toString(), text, det.detect(text)));
    }
    List<Document> chosen = new ArrayList<>();
    for (int k = 4; k < args.length; k++) {
      String text = Files.readString(home.resolve(args[k]), StandardCharsets.UTF_8);
      chosen.add(new Document(args[k], text, det.detect(text)));
    }
    FactExtractor fx = new FactExtractor();
    long n = 0;
    for (int p = 0; p < warm; p++) {
      for (Document d : docs) {
        n += fx.extract(d).size();
      }
    }
    Recording r = new Recording();
    r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
    r.start();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long passes = 0;
    while (System.nanoTime() < end) {
      for (Document d : chosen) {
        n += fx.extract(d).size();
      }
      passes++;
    }
    r.stop();
    r.dump(Path.of(args[1]));
    System.out.println("passes " + passes + " facts " + n);
  }
}
