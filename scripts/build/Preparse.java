import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build step (generate-sources): writes the interface words of every pack (lang/CODE/ui.tsv,
 * pack.tsv) and the store's named SQL statements (org/factdrill/store/**.sql, not migrations)
 * as Java string tables, so that a start reads them as class constants (archived by CDS) instead
 * of parsing text in not-yet-compiled code before the first frame. The resources stay the source;
 * PreparsedFormsTest fails if these tables and the runtime parsers disagree.
 * Usage: java Preparse.java RESOURCES_DIR OUT_SOURCES_DIR
 */
public final class Preparse {
  public static void main(String[] args) throws IOException {
    Path res = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Map<String, List<String>> words = new TreeMap<>();
    words.put("index.tsv", codes(res.resolve("lang/index.tsv")));
    try (Stream<Path> dirs = Files.list(res.resolve("lang"))) {
      for (Path d : dirs.sorted().toList()) {
        if (Files.isDirectory(d) && Files.exists(d.resolve("pack.tsv"))) {
          String code = d.getFileName().toString();
          words.put(code + "/pack.tsv", tsv(d.resolve("pack.tsv")));
          if (Files.exists(d.resolve("ui.tsv"))) {
            words.put(code + "/ui.tsv", tsv(d.resolve("ui.tsv")));
          }
        }
      }
    }
    write(out, "org.factdrill.lang", "PreparsedWords",
        "The pairs (key, value) of lang/CODE/pack.tsv and ui.tsv, by \"CODE/FILE\"; the codes of index.tsv by \"index.tsv\".", words);
    Map<String, List<String>> sql = new TreeMap<>();
    Path store = res.resolve("org/factdrill/store");
    try (Stream<Path> files = Files.walk(store)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".sql") && !name.matches("[A-Z]\\d+__.*")) {
          sql.put(store.relativize(f).toString().replace('\\', '/'), statements(f));
        }
      }
    }
    write(out, "org.factdrill.store", "PreparsedSql",
        "The named statements (name, SQL) of each store SQL file, by its path under org/factdrill/store.", sql);
  }

  /** LanguagePacks.lines with put(c[0], c.length > 1 ? c[1] : ""): later keys win. */
  private static List<String> tsv(Path file) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        m.put(c[0], c.length > 1 ? c[1] : "");
      }
    }
    return pairs(m);
  }

  /** LanguagePacks.readCodes: the first column of lang/index.tsv, in order. */
  private static List<String> codes(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t")[0]);
        }
      }
    }
    return out;
  }

  /** Statements.parse. */
  private static List<String> statements(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    Map<String, String> out = new LinkedHashMap<>();
    String mark = "-- name:";
    String name = null;
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith(mark)) {
        put(out, name, b);
        name = t.substring(mark.length()).strip();
        b.setLength(0);
      } else if (!t.isEmpty() && !t.startsWith("--") && name != null) {
        b.append(b.length() == 0 ? "" : "\n").append(line);
      }
    }
    put(out, name, b);
    return pairs(out);
  }

  private static void put(Map<String, String> out, String name, StringBuilder b) {
    if (name != null) {
      String s = b.toString().strip();
      out.put(name, s.endsWith(";") ? s.substring(0, s.length() - 1) : s);
    }
  }

  private static List<String> pairs(Map<String, String> m) {
    List<String> l = new ArrayList<>();
    m.forEach((k, v) -> {
      l.add(k);
      l.add(v);
    });
    return l;
  }

  private static void write(Path out, String pkg, String cls, String doc,
      Map<String, List<String>> tables) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    s.append("/** Generated by scripts/build/Preparse.java at build time; do not edit. ").append(doc)
        .append(" */\n");
    s.append("final class ").append(cls).append(" {\n  private ").append(cls).append("() {}\n\n");
    s.append("  /** The table of {@code source}, or null when the build did not pre-parse it. */\n");
    s.append("  static String[] of(String source) {\n    switch (source) {\n");
    int i = 0;
    for (String key : tables.keySet()) {
      s.append("      case ").append(lit(key)).append(": return t").append(i++).append("();\n");
    }
    s.append("      default: return null;\n    }\n  }\n");
    i = 0;
    for (List<String> t : tables.values()) {
      s.append("\n  private static String[] t").append(i++).append("() {\n    return new String[] {\n");
      for (String v : t) {
        s.append("      ").append(lit(v)).append(",\n");
      }
      s.append("    };\n  }\n");
    }
    s.append("}\n");
    Path dir = out.resolve(pkg.replace('.', '/'));
    Files.createDirectories(dir);
    Path f = dir.resolve(cls + ".java");
    byte[] bytes = s.toString().getBytes(StandardCharsets.US_ASCII);
    if (!Files.exists(f) || !java.util.Arrays.equals(Files.readAllBytes(f), bytes)) {
      Files.write(f, bytes); // unchanged output keeps its time stamp: no needless recompile
    }
  }

  private static String lit(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
