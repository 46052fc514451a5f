import java.io.PrintWriter;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Paired extraction throughput of N builds in one JVM, split by language and by file: like
 * ExtractAB (one class loader a build, passes alternated so all builds see the same load), but
 * every extract call is timed by thread CPU and summed per file, so a ratio can be read per
 * language (the path's folder under corpus/dev, or "seeds") and per file.
 * Run: java scripts/perf/ExtractMulti.java HOME OUT.tsv ROUNDS WARMUP MB FILTER name=CP ...
 * (FILTER a regular expression found in a file's path, "." for all). Build 0 is the reference.
 */
public final class ExtractMulti {
  private record Build(String name, Object extractor, Method extract, List<Object> docs,
      List<String> langs) {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int warmUp = Integer.parseInt(args[3]);
    double targetMb = Double.parseDouble(args[4]);
    Pattern filter = Pattern.compile(args[5]);
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(home.resolve("seeds"), home.resolve("corpus/dev"))) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".txt") && filter.matcher(p.toString()).find())
            .sorted().forEach(files::add);
      }
    }
    List<String> texts = new ArrayList<>();
    long[] fileBytes = new long[files.size()];
    String[] group = new String[files.size()];
    long bytes = 0;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      String text = Files.readString(f, StandardCharsets.UTF_8);
      texts.add(text);
      fileBytes[i] = text.getBytes(StandardCharsets.UTF_8).length;
      bytes += fileBytes[i];
      String rel = home.relativize(f).toString();
      group[i] = rel.startsWith("seeds") ? "seeds" : rel.split("/")[2];
    }
    int repeats = (int) Math.max(1, Math.round(targetMb * 1e6 / bytes));
    double mb = bytes * (double) repeats / 1e6;
    int n = args.length - 6;
    Build[] builds = new Build[n];
    for (int b = 0; b < n; b++) {
      String[] kv = args[6 + b].split("=", 2);
      builds[b] = load(kv[0], kv[1], files, texts);
    }
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double[][] rates = new double[n][rounds];
    long[][] fileNs = new long[n][files.size()];
    long[][][] groupNs = new long[n][rounds][];
    List<String> groups = new ArrayList<>(new java.util.TreeSet<>(Arrays.asList(group)));
    long[][] facts = new long[n][files.size()];
    for (int r = -warmUp; r < rounds; r++) {
      long[][] roundGroup = new long[n][groups.size()];
      double[] warm = new double[n];
      for (int s = 0; s < n; s++) {
        // Rotate which build goes first each round.
        int which = Math.floorMod(s + r, n);
        Build x = builds[which];
        long total = 0;
        for (int k = 0; k < repeats; k++) {
          List<Object> docs = x.docs();
          for (int i = 0; i < docs.size(); i++) {
            long c0 = t.getCurrentThreadCpuTime();
            int got = ((List<?>) x.extract().invoke(x.extractor(), docs.get(i))).size();
            long c = t.getCurrentThreadCpuTime() - c0;
            total += c;
            facts[which][i] = got;
            if (r >= 0) {
              fileNs[which][i] += c;
              roundGroup[which][groups.indexOf(group[i])] += c;
            }
          }
        }
        warm[which] = mb / (total / 1e9);
        if (r >= 0) {
          rates[which][r] = mb / (total / 1e9);
          groupNs[which][r] = roundGroup[which];
        }
      }
      if (r < 0) {
        StringBuilder w = new StringBuilder();
        for (double v : warm) {
          w.append(String.format(" %.1f", v));
        }
        System.out.printf("warm-up %d MB/s:%s%n", r, w);
      }
    }
    System.out.printf("corpus %.2f MB (%d files x %d), %d rounds after %d warm-up%n", mb,
        texts.size(), repeats, rounds, warmUp);
    for (int b = 0; b < n; b++) {
      double[] q = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        q[r] = rates[b][r] / rates[0][r];
      }
      double[] s = rates[b].clone();
      Arrays.sort(s);
      Arrays.sort(q);
      long f = Arrays.stream(facts[b]).sum() * repeats;
      StringBuilder g = new StringBuilder();
      for (int k = 0; k < groups.size(); k++) {
        double[] gq = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          gq[r] = (double) groupNs[0][r][k] / groupNs[b][r][k];
        }
        Arrays.sort(gq);
        g.append(String.format(" %s %.3f", groups.get(k), gq[rounds / 2]));
      }
      System.out.printf("%-10s MB/s med %.1f best %.1f | vs %s med %.3f (%.3f-%.3f) | facts %d |%s%n",
          builds[b].name(), s[rounds / 2], s[rounds - 1], builds[0].name(), q[rounds / 2], q[0],
          q[rounds - 1], f, g);
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      StringBuilder h = new StringBuilder("file\tgroup\tbytes");
      for (Build b : builds) {
        h.append("\tns_").append(b.name()).append("\tfacts_").append(b.name()).append("\tlang_")
            .append(b.name());
      }
      w.println(h);
      for (int i = 0; i < files.size(); i++) {
        StringBuilder l = new StringBuilder(home.relativize(files.get(i)).toString());
        l.append('\t').append(group[i]).append('\t').append(fileBytes[i]);
        for (int b = 0; b < n; b++) {
          l.append('\t').append(fileNs[b][i] / rounds / repeats).append('\t').append(facts[b][i])
              .append('\t').append(builds[b].langs().get(i));
        }
        w.println(l);
      }
    }
  }

  private static Build load(String name, String classpath, List<Path> files, List<String> texts)
      throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String e : classpath.split(java.io.File.pathSeparator)) {
      if (!e.isEmpty()) {
        urls.add(Path.of(e).toUri().toURL());
      }
    }
    ClassLoader cl = new URLClassLoader(name, urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    Class<?> lang = cl.loadClass("org.factdrill.text.Language");
    Class<?> docClass = cl.loadClass("org.factdrill.text.Document");
    Class<?> detClass = cl.loadClass("org.factdrill.text.LanguageDetector");
    Object detector = detClass.getConstructor().newInstance();
    Method detect = detClass.getMethod("detect", CharSequence.class);
    Constructor<?> newDoc = docClass.getConstructor(String.class, String.class, lang);
    List<Object> docs = new ArrayList<>();
    List<String> langs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Object l = detect.invoke(detector, text);
      langs.add(String.valueOf(l));
      docs.add(newDoc.newInstance(files.get(i).toString(), text, l));
    }
    Class<?> fx = cl.loadClass("org.factdrill.extract.FactExtractor");
    Object extractor = fx.getConstructor().newInstance();
    return new Build(name, extractor, fx.getMethod("extract", docClass), docs, langs);
  }
}
