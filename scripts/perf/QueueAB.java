import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paired A/B queue build by thread CPU time, as ExtractAB pairs extraction: loads two builds of
 * factdrill (main and test classes, one class loader each) into one JVM, gives each its own copy of
 * its StudyBench fixture (100,000 cards, ROWS review rows, built under HOME_x/target/bench-fixtures)
 * and the same generated bank, and alternates their builds of the day's queue
 * ({@code new StudySession(...)}) in rounds of K builds each. Prints each build's median and
 * minimum ms per build and the per-round ratio A/B of the medians (above 1: B builds faster).
 * Run: java scripts/perf/QueueAB.java HOME_A CLASSPATH_A HOME_B CLASSPATH_B [rows] [rounds] [k] [warm-up rounds]
 */
public final class QueueAB {
  /** One build: makes a session (a queue build) from its own objects. */
  private record Build(Constructor<?> session, Object[] args, Method remaining) {}

  public static void main(String[] a) throws Exception {
    int rows = a.length > 4 ? Integer.parseInt(a[4]) : 100_000;
    int rounds = a.length > 5 ? Integer.parseInt(a[5]) : 10;
    int k = a.length > 6 ? Integer.parseInt(a[6]) : 9;
    int warm = a.length > 7 ? Integer.parseInt(a[7]) : 2;
    Build[] builds = {load("A", a[0], a[1], rows), load("B", a[2], a[3], rows)};
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double[][] med = new double[2][rounds];
    List<List<Double>> all = List.of(new ArrayList<>(), new ArrayList<>());
    int[] queued = new int[2];
    double[] ratio = new double[rounds];
    for (int r = -warm; r < rounds; r++) {
      for (int b = 0; b < 2; b++) {
        int which = (r & 1) == 0 ? b : 1 - b;
        Build x = builds[which];
        double[] ms = new double[k];
        for (int i = 0; i < k; i++) {
          long c0 = t.getCurrentThreadCpuTime();
          Object s = x.session().newInstance(x.args());
          ms[i] = (t.getCurrentThreadCpuTime() - c0) / 1e6;
          queued[which] = (int) x.remaining().invoke(s);
        }
        Arrays.sort(ms);
        if (r >= 0) {
          med[which][r] = ms[k / 2];
          for (double m : ms) {
            all.get(which).add(m);
          }
        }
      }
      if (r >= 0) {
        ratio[r] = med[0][r] / med[1][r];
      }
    }
    for (int b = 0; b < 2; b++) {
      double[] s = all.get(b).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf("%s queue build CPU ms: median %.1f min %.1f max %.1f (%d builds, %d queued)%n",
          b == 0 ? "A" : "B", s[s.length / 2], s[0], s[s.length - 1], s.length, queued[b]);
    }
    double[] q = ratio.clone();
    Arrays.sort(q);
    System.out.printf("A/B per round (median of %d builds each): median %.3f min %.3f max %.3f (%d rounds)%n",
        k, q[rounds / 2], q[0], q[rounds - 1], rounds);
  }

  private static Build load(String name, String home, String classpath, int rows)
      throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String e : classpath.split(java.io.File.pathSeparator)) {
      if (!e.isEmpty()) {
        urls.add(Path.of(e).toUri().toURL());
      }
    }
    ClassLoader cl = new URLClassLoader(name, urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    System.setProperty("factdrill.home", home);
    Method fx = cl.loadClass("org.factdrill.bench.StudyBench").getDeclaredMethod("fixture", int.class);
    fx.setAccessible(true);
    Path fixture = (Path) fx.invoke(null, rows);
    Path tmp = Files.createTempDirectory("qab" + name);
    Files.copy(fixture, tmp.resolve("p.db"));
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    Class<?> bankC = cl.loadClass("org.factdrill.bank.Bank");
    Object bank = cl.loadClass("org.factdrill.study.TestBanks").getMethod("facts", int.class)
        .invoke(null, 100_000 + 1_000);
    Class<?> sbC = cl.loadClass("org.factdrill.study.StudyBank");
    Object sb = sbC.getMethod("of", bankC).invoke(null, bank);
    Class<?> storeC = cl.loadClass("org.factdrill.store.Store");
    Object store = storeC.getMethod("open", Path.class).invoke(null, tmp.resolve("p.db"));
    Object profile = storeC.getMethod("profile", String.class, Instant.class).invoke(store, "bench", now);
    Class<?> paramsC = cl.loadClass("org.factdrill.srs.FsrsParameters");
    Object params = paramsC.getMethod("withFuzz", boolean.class)
        .invoke(paramsC.getMethod("defaults").invoke(null), true);
    Class<?> fsrsC = cl.loadClass("org.factdrill.srs.FsrsScheduler");
    Object fsrs = fsrsC.getConstructor(paramsC).newInstance(params);
    Class<?> setC = cl.loadClass("org.factdrill.study.SessionSettings");
    Object settings = setC.getConstructor(double.class, int.class, int.class).newInstance(0.9, 20, 99_999);
    Class<?> chkC = cl.loadClass("org.factdrill.study.AnswerChecker");
    Object checker = chkC.getConstructor().newInstance();
    Class<?> profC = cl.loadClass("org.factdrill.store.Profile");
    Class<?> ssC = cl.loadClass("org.factdrill.study.StudySession");
    Constructor<?> c = ssC.getConstructor(sbC, storeC, profC, fsrsC, setC, Clock.class, chkC, long.class);
    return new Build(c, new Object[] {sb, store, profile, fsrs, settings,
        Clock.fixed(now, ZoneOffset.UTC), checker, 1L}, ssC.getMethod("remaining"));
  }
}
