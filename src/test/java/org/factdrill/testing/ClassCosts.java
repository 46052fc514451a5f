package org.factdrill.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * With {@code -Dfactdrill.classCosts=FILE}, appends one line per test class: the CPU seconds its
 * test JVM spent while the class ran (all threads, the JIT and GC included), the wall seconds,
 * the class, the test JVM's pid and the time it ended (epoch ms, to draw each fork's timeline).
 * A test JVM runs one class at a time, so the CPU figure is the class's cost even on a machine
 * shared by many builds, where wall times (surefire's reports) are inflated by the load.
 */
public final class ClassCosts implements TestExecutionListener {
  private static final String FILE = System.getProperty("factdrill.classCosts");
  private final Map<String, long[]> started = new ConcurrentHashMap<>();

  @Override
  public void executionStarted(TestIdentifier id) {
    if (FILE != null && id.getSource().orElse(null) instanceof ClassSource) {
      started.put(id.getUniqueId(), new long[] {cpu(), System.nanoTime()});
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    long[] s = started.remove(id.getUniqueId());
    if (s == null || !(id.getSource().orElse(null) instanceof ClassSource c)) {
      return;
    }
    String line = String.format("%.2f\t%.2f\t%s\t%d\t%d%n", (cpu() - s[0]) / 1e9,
        (System.nanoTime() - s[1]) / 1e9, c.getClassName(), ProcessHandle.current().pid(),
        System.currentTimeMillis());
    try {
      Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * CPU nanoseconds of this JVM and of the processes it started and waited for (validators, the
   * jar): /proc/self/stat's utime, stime, cutime and cstime where there is one.
   */
  private static long cpu() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = 0;
      for (int i = 11; i <= 14; i++) { // fields 14-17 of the man page; f[0] is field 3
        ticks += Long.parseLong(f[i]);
      }
      return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    } catch (IOException | RuntimeException e) {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
          .getOperatingSystemMXBean()).getProcessCpuTime();
    }
  }
}
