package org.factdrill.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factdrill.stats.JsonReport;
import org.factdrill.stats.StatsCalculator;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code stats --format json} on 1,000,000 review rows (one learner, 5,000 cards, 1,000 days):
 * open the database read-only, compute the report, write the JSON. Also the class view over
 * 20 learners x 50,000 rows. The database is built once per trial in a temp directory
 * (about 20 s). Run: {@code scripts/bench StatsBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class StatsBench {
  @Param({"1"})
  int profiles;

  Path dir;
  Path db;
  final Clock clock = Clock.fixed(BigStatsDb.NOW, ZoneId.of("Europe/Berlin"));

  @Setup(Level.Trial)
  public void build() throws Exception {
    dir = Files.createTempDirectory("factdrill-stats-bench");
    db = dir.resolve("big.db");
    BigStatsDb.build(db, profiles, 1_000_000 / profiles, 5_000, 1_000);
  }

  @TearDown(Level.Trial)
  public void clean() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private long json(StatsScope scope) throws Exception {
    try (org.factdrill.store.Database sdb = org.factdrill.store.Database.openReadOnly(db)) {
      StatsReport r = new StatsCalculator(org.factdrill.store.ProgressQueries.of(sdb), clock).compute(scope);
      CountingWriter w = new CountingWriter();
      JsonReport.write(r, w);
      return w.n;
    }
  }

  @Benchmark
  public long profileJson() throws Exception {
    return json(StatsScope.profile("learner0", null));
  }

  @Benchmark
  public long classJson() throws Exception {
    return json(StatsScope.allProfiles(null));
  }

  /** Discards the JSON, keeping its length so the work is not optimised away. */
  static final class CountingWriter extends Writer {
    long n;

    @Override
    public void write(char[] buf, int off, int len) {
      n += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
