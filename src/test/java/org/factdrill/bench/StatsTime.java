package org.factdrill.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import org.factdrill.stats.JsonReport;
import org.factdrill.stats.StatsCalculator;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsScope;

/**
 * Wall and CPU time of open + compute + JSON on an existing database, run after run. CPU time
 * (all threads of the process) says more than wall time on a shared, overloaded machine.
 * Usage: {@code StatsTime DB PROFILE|--all-profiles [RUNS]}.
 */
public final class StatsTime {
  private StatsTime() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    StatsScope scope = args[1].equals("--all-profiles") ? StatsScope.allProfiles(null)
        : StatsScope.profile(args[1], null);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 1; i <= runs; i++) {
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      int chars;
      try (org.factdrill.store.Database sdb = org.factdrill.store.Database.openReadOnly(db)) {
        StatsReport r = new StatsCalculator(org.factdrill.store.ProgressQueries.of(sdb), Clock.systemUTC())
            .compute(scope);
        chars = JsonReport.toJson(r).length();
      }
      System.out.printf("run %d: %.0f ms wall, %.0f ms cpu (all threads), %d chars of JSON%n", i,
          (System.nanoTime() - t0) / 1e6, (os.getProcessCpuTime() - cpu0) / 1e6, chars);
    }
  }
}
