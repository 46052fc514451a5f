package org.factdrill.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.LanguageDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput over a corpus of at least 50 MB: the seed texts and the golden test
 * inputs, repeated as separate documents (one file's text at a time, as {@code factdrill extract}
 * streams them). One invocation extracts the whole corpus; MB/s = corpus MB / seconds per op.
 * Peak heap (all heap pools' peak usage) is printed at tear-down.
 * Run: {@code scripts/bench ExtractBench -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ExtractBench {
  private static final long TARGET_BYTES = 50L * 1024 * 1024;

  private final List<Document> docs = new ArrayList<>();
  private long corpusBytes;
  private int repeats;
  private FactExtractor extractor;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path home = Path.of(System.getProperty("factdrill.home", "."));
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(home.resolve("seeds"), home.resolve("src/test/resources/extract"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".input"))
              .sorted().forEach(files::add);
        }
      }
    }
    LanguageDetector detector = new LanguageDetector();
    long bytes = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      docs.add(new Document(f.toString(), text, detector.detect(text)));
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    if (bytes == 0) {
      throw new IllegalStateException("no texts found under " + home);
    }
    repeats = (int) ((TARGET_BYTES + bytes - 1) / bytes);
    corpusBytes = bytes * repeats;
    extractor = new FactExtractor();
    System.out.printf("%ncorpus: %d files x %d repeats = %.1f MB%n", docs.size(), repeats,
        corpusBytes / 1e6);
  }

  @Benchmark
  public long extractCorpus() {
    long facts = 0;
    for (int r = 0; r < repeats; r++) {
      for (Document d : docs) {
        facts += extractor.extract(d).size();
      }
    }
    return facts;
  }

  @TearDown(Level.Trial)
  public void report() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%ncorpus %.1f MB; peak heap %.1f MB (divide corpus MB by the score in s/op"
        + " for MB/s)%n", corpusBytes / 1e6, peak / 1e6);
  }
}
