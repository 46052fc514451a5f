package org.factdrill.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one golden-file harness (extractor, generator, exporters, statistics). A {@link Corpus} is
 * a folder of golden files and the cases that produce them: each case names its input files,
 * its output file and how to produce the output. It checks every output
 * ({@code -Dgolden.update=true} rewrites them instead; review the diff), that producing the
 * whole corpus twice in opposite orders gives the same bytes (no hidden state, no unstable
 * order), and that every file in the folder belongs to a case (no unpaired input or output).
 */
public final class Golden {
  private Golden() {}

  /** True when golden files are to be rewritten ({@code -Dgolden.update=true}). */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update") || Boolean.getBoolean("factdrill.golden.update");
  }

  /** Produces one output. */
  @FunctionalInterface
  public interface Producer {
    String produce() throws Exception;
  }

  /** One golden case: its inputs (may be none), its output file and how to produce it. */
  public record Case(String name, List<Path> inputs, Path output, Producer producer) {
    String produce() {
      try {
        return producer.produce();
      } catch (Exception e) {
        throw new AssertionError(name + ": " + e, e);
      }
    }
  }

  /** A folder of golden files and the cases that account for all of them. */
  public record Corpus(Path dir, List<Case> cases) {
    /** One dynamic test per case: the produced text equals the golden file. */
    public Stream<DynamicTest> tests() {
      assertFalse(cases.isEmpty(), "no golden cases in " + dir);
      return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /** Producing every case forward, then backward, gives the same text each time. */
    public void assertIdempotent() {
      List<String> first = new ArrayList<>();
      for (Case c : cases) {
        first.add(c.produce());
      }
      for (int i = cases.size() - 1; i >= 0; i--) {
        assertEquals(first.get(i), cases.get(i).produce(), cases.get(i).name()
            + " changes when produced again (after the rest of the corpus)");
      }
    }

    /** Every file under the folder is an input or output of a case; every output exists. */
    public void assertPaired() {
      Set<Path> known = new HashSet<>();
      List<String> problems = new ArrayList<>();
      for (Case c : cases) {
        known.add(c.output().toAbsolutePath().normalize());
        c.inputs().forEach(p -> known.add(p.toAbsolutePath().normalize()));
        if (!Files.exists(c.output()) && !updating()) {
          problems.add("missing output " + dir.relativize(c.output()) + " of " + c.name());
        }
        for (Path in : c.inputs()) {
          if (!Files.exists(in)) {
            problems.add("missing input " + dir.relativize(in) + " of " + c.name());
          }
        }
      }
      for (Path f : files(dir)) {
        if (!known.contains(f.toAbsolutePath().normalize())) {
          problems.add("unpaired file " + dir.relativize(f) + " (no case reads or writes it)");
        }
      }
      assertTrue(problems.isEmpty(), "golden folder " + dir + ":\n  "
          + String.join("\n  ", problems));
    }
  }

  /** Compares {@code c}'s output with its golden file, or rewrites the file when updating. */
  static void check(Case c) throws IOException {
    String actual = c.produce();
    if (updating()) {
      Files.writeString(c.output(), actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(c.output()), c.output() + " is missing; run with "
        + "-Dgolden.update=true and review the new file");
    assertEquals(Files.readString(c.output(), StandardCharsets.UTF_8), actual, c.name()
        + " differs from " + c.output() + " (if intended, run with -Dgolden.update=true and "
        + "review the diff)");
  }

  /** The regular files under {@code dir}, recursively, sorted. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return new ArrayList<>(new TreeSet<>(s.filter(Files::isRegularFile).toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files under {@code dir} whose names end with {@code suffix}, sorted. */
  public static List<Path> files(Path dir, String suffix) {
    return files(dir).stream().filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
  }

  /** {@code p} with its last extension replaced: {@code a/b.input} to {@code a/b.output}. */
  public static Path sibling(Path p, String ext) {
    String n = p.getFileName().toString();
    return p.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ext);
  }

  /** The project's src/test/resources/{@code sub} (so that updates land in the sources). */
  public static Path resources(String sub) {
    return Path.of(System.getProperty("factdrill.home", ".")).resolve("src/test/resources")
        .resolve(sub);
  }
}
