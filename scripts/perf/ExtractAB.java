import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Paired A/B extraction throughput by thread CPU time: loads two builds of factdrill into one JVM
 * (one class loader each) and alternates their passes over the same corpus (seeds/ + corpus/dev/
 * repeated to ~10 MB), so both see the same machine load at the same moments. Prints each build's
 * median and best MB/s and the median of the per-round ratio B/A.
 * Run: java scripts/perf/ExtractAB.java HOME CLASSPATH_A CLASSPATH_B [rounds] [warm-up rounds].
 * On a loaded machine the JIT may still be compiling after the 2 default warm-up rounds (the same
 * method then shows up to twice the samples in one build as in the other): give it 4 or more.
 */
public final class ExtractAB {
  /** One build: its extractor and the documents made by its own classes. */
  private record Build(Object extractor, Method extract, List<Object> docs) {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(home.resolve("seeds"), home.resolve("corpus/dev"))) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      texts.add(text);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    int repeats = (int) ((10_000_000L + bytes - 1) / bytes);
    double mb = bytes * (double) repeats / 1e6;
    Build[] builds = {load("A", args[1], files, texts), load("B", args[2], files, texts)};
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double[][] rates = new double[2][rounds];
    double[] ratio = new double[rounds];
    long[] facts = new long[2];
    for (int r = -warmUp; r < rounds; r++) {
      for (int b = 0; b < 2; b++) {
        // Alternate which build goes first, so neither always follows the other's garbage.
        int which = (r & 1) == 0 ? b : 1 - b;
        Build x = builds[which];
        long c0 = t.getCurrentThreadCpuTime();
        long n = 0;
        for (int k = 0; k < repeats; k++) {
          for (Object d : x.docs()) {
            n += ((List<?>) x.extract().invoke(x.extractor(), d)).size();
          }
        }
        double s = (t.getCurrentThreadCpuTime() - c0) / 1e9;
        facts[which] = n;
        if (r >= 0) {
          rates[which][r] = mb / s;
        }
      }
      if (r >= 0) {
        ratio[r] = rates[1][r] / rates[0][r];
      }
    }
    System.out.printf("corpus %.1f MB (%d files x %d); facts/pass A %d, B %d%n", mb, texts.size(),
        repeats, facts[0], facts[1]);
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

  private static Build load(String name, String classpath, List<Path> files, List<String> texts)
      throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String e : classpath.split(java.io.File.pathSeparator)) {
      if (!e.isEmpty()) {
        urls.add(Path.of(e).toUri().toURL());
      }
    }
    // Named, so a profile (JFR) tells the two builds' frames apart.
    ClassLoader cl = new URLClassLoader(name, urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    Class<?> lang = cl.loadClass("org.factdrill.text.Language");
    Class<?> docClass = cl.loadClass("org.factdrill.text.Document");
    Class<?> detClass = cl.loadClass("org.factdrill.text.LanguageDetector");
    Object detector = detClass.getConstructor().newInstance();
    Method detect = detClass.getMethod("detect", CharSequence.class);
    Constructor<?> newDoc = docClass.getConstructor(String.class, String.class, lang);
    List<Object> docs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      docs.add(newDoc.newInstance(files.get(i).toString(), text, detect.invoke(detector, text)));
    }
    Class<?> fx = cl.loadClass("org.factdrill.extract.FactExtractor");
    Object extractor = fx.getConstructor().newInstance();
    return new Build(extractor, fx.getMethod("extract", docClass), docs);
  }
}
