package org.factdrill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdrill.srs.FitConfig;
import org.factdrill.srs.FitResult;
import org.factdrill.srs.FsrsOptimizer;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.RetentionAdvisor;
import org.factdrill.srs.ReviewEvent;
import org.factdrill.srs.SyntheticLearner;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code factdrill optimize}'s two computations on a simulated learner's log: fitting the FSRS-6
 * weights (5 epochs, held-out split, metrics; goal: 100,000 reviews under 10 s on 2 cores) and
 * the retention advice (28 simulated years). Single-shot: each measurement is one whole fit,
 * as the user waits for it. Run: {@code scripts/bench OptimizerBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class OptimizerBench {
  @Param({"100000"})
  int reviews;

  List<ReviewEvent> log;

  @Setup(Level.Trial)
  public void build() {
    log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, reviews, 42);
  }

  /**
   * The fit's CPU time, reported beside the wall time: on a machine shared with other builds the
   * wall time measures the neighbours as much as the fit.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cpu {
    public double cpuMs;
  }

  @Benchmark
  public FitResult fit(Cpu cpu) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long start = bean.getCurrentThreadCpuTime();
    FitResult r = new FsrsOptimizer(FitConfig.defaults()).fit(log, FsrsOptimizer.Progress.NONE);
    cpu.cpuMs += (bean.getCurrentThreadCpuTime() - start) / 1e6;
    return r;
  }

  @Benchmark
  public RetentionAdvisor.Advice advise() {
    return RetentionAdvisor.advise(FsrsParameters.DEFAULT_WEIGHTS,
        new RetentionAdvisor.Config(10_000, 365, 1800, 20, 1, 2023), FsrsOptimizer.Progress.NONE);
  }
}
