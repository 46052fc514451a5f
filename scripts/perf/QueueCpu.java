import java.lang.management.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.factdrill.bank.Bank;
import org.factdrill.srs.*;
import org.factdrill.store.*;
import org.factdrill.study.*;

/**
 * Queue build by thread CPU time, so a loaded machine does not distort before/after figures:
 * {@code new StudySession(...)} on StudyBench's fixture (100,000 cards, ROWS review rows; built
 * once under HOME/target/bench-fixtures), 5 warm-up builds, then N measured; prints the median.
 * SQLite's native work runs on the calling thread and is counted. Run (after mvn test-compile):
 * java -cp target/test-classes:target/classes:CLASSPATH -Dfactdrill.home=. scripts/perf/QueueCpu.java 100000 15
 */
public final class QueueCpu {
  public static void main(String[] a) throws Exception {
    int rows = Integer.parseInt(a[0]);
    int n = Integer.parseInt(a[1]);
    var fx = Class.forName("org.factdrill.bench.StudyBench").getDeclaredMethod("fixture", int.class);
    fx.setAccessible(true);
    Path fixture = (Path) fx.invoke(null, rows);
    Path tmp = Files.createTempDirectory("qcpu");
    Files.copy(fixture, tmp.resolve("p.db"));
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    StudyBank sb = StudyBank.of(TestBanks.facts(100_000 + 1_000));
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults().withFuzz(true));
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double[] ms = new double[n];
    int q = 0;
    try (Store s = Store.open(tmp.resolve("p.db"))) {
      Profile p = s.profile("bench", now);
      for (int i = -5; i < n; i++) {
        long c0 = t.getCurrentThreadCpuTime();
        StudySession ss = new StudySession(sb, s, p, fsrs, new SessionSettings(0.9, 20, 99_999), clock, new AnswerChecker(), 1);
        long c1 = t.getCurrentThreadCpuTime();
        q = ss.remaining();
        if (i >= 0) ms[i] = (c1 - c0) / 1e6;
      }
    }
    Arrays.sort(ms);
    System.out.printf("queue build CPU ms: median %.1f min %.1f max %.1f (%d builds, %d queued)%n", ms[n / 2], ms[0], ms[n - 1], n, q);
  }
}
