import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Paired A/B document reading by thread CPU time, as {@code ExtractAB} for extraction (which makes
 * its documents before its timed loop): each build's {@code DocumentLoader.load} (decoding,
 * checksum, language detection, listings, layout) over seeds/ + corpus/dev/, repeated to ~10 MB a
 * pass, both builds in one JVM, alternating. Prints each build's median and best MB/s and the
 * median of the per-round ratio B/A. Run: java scripts/perf/LoadAB.java HOME CP_A CP_B [rounds]
 * [warm-up rounds] [MB a pass, 10]; give it 4 warm-up rounds or more on a loaded machine, and run both orders.
 */
public final class LoadAB {
  /** One build: its loader and its load method. */
  private record Build(Object loader, Method load) {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(home.resolve("seeds"), home.resolve("corpus/dev"))) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    long target = args.length > 5 ? (long) (Double.parseDouble(args[5]) * 1e6) : 10_000_000L;
    int repeats = (int) Math.max(1, (target + bytes - 1) / bytes);
    double mb = bytes * (double) repeats / 1e6;
    Build[] builds = {load(args[1]), load(args[2])};
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double[][] rates = new double[2][rounds];
    double[] ratio = new double[rounds];
    for (int r = -warmUp; r < rounds; r++) {
      for (int b = 0; b < 2; b++) {
        int which = (r & 1) == 0 ? b : 1 - b;
        Build x = builds[which];
        long c0 = t.getCurrentThreadCpuTime();
        for (int k = 0; k < repeats; k++) {
          for (Path f : files) {
            x.load().invoke(x.loader(), f, f.toString());
          }
        }
        double s = (t.getCurrentThreadCpuTime() - c0) / 1e9;
        if (r >= 0) {
          rates[which][r] = mb / s;
        }
      }
      if (r >= 0) {
        ratio[r] = rates[1][r] / rates[0][r];
      }
    }
    System.out.printf("corpus %.1f MB (%d files x %d)%n", mb, files.size(), repeats);
    for (int b = 0; b < 2; b++) {
      double[] s = rates[b].clone();
      Arrays.sort(s);
      System.out.printf("%s CPU MB/s median %.1f best %.1f (%d rounds)%n", b == 0 ? "A" : "B",
          s[rounds / 2], s[rounds - 1], rounds);
    }
    double[] q = ratio.clone();
    Arrays.sort(q);
    System.out.printf("B/A per round: median %.3f min %.3f max %.3f%n", q[rounds / 2], q[0],
        q[rounds - 1]);
  }

  private static Build load(String classpath) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String e : classpath.split(java.io.File.pathSeparator)) {
      if (!e.isEmpty()) {
        urls.add(Path.of(e).toUri().toURL());
      }
    }
    ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    Class<?> lang = cl.loadClass("org.factdrill.text.Language");
    Class<?> loader = cl.loadClass("org.factdrill.text.DocumentLoader");
    Constructor<?> make = loader.getConstructor(Optional.class, Optional.class, boolean.class);
    Object l = make.newInstance(Optional.empty(), Optional.empty(), false);
    return new Build(l, loader.getMethod("load", Path.class, String.class));
  }
}
