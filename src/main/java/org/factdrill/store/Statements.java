package org.factdrill.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The named SQL statements of one table, read from {@code <table>.sql} beside this class (and the
 * dialect's overrides). A statement starts at a line {@code -- name: NAME} and runs to the next;
 * other lines starting with {@code --} are comments. Kept out of Java so that a dialect can
 * replace one statement without touching code, and so that the SQL reads as SQL.
 */
final class Statements {
  private static final String MARK = "-- name:";
  private final String table;
  private final Map<String, String> byName;

  private Statements(String table, Map<String, String> byName) {
    this.table = table;
    this.byName = byName;
  }

  /** The statements of {@code table} in {@code dialect}. */
  static Statements load(Dialect dialect, String table) {
    Map<String, String> m = statementsOf(table + ".sql", true);
    if (dialect.overrides() != null) {
      Map<String, String> over = statementsOf(dialect.overrides() + "/" + table + ".sql", false);
      if (over != null) {
        m.putAll(over);
      }
    }
    return new Statements(table, m);
  }

  /**
   * The statements of one SQL file: the build's pre-parsed table ({@code PreparsedSql}) when it
   * has one (parsing the text cost ~4 ms of CPU on the way to the TUI's first frame), else the
   * file parsed.
   */
  private static Map<String, String> statementsOf(String resource, boolean required) {
    String[] kv = PreparsedSql.of(resource);
    if (kv == null) {
      String text = read(resource, required);
      return text == null ? null : parse(text);
    }
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The statement {@code name}; a missing one is a programming error. */
  String get(String name) {
    String s = byName.get(name);
    if (s == null) {
      throw new IllegalStateException("no statement '" + name + "' in " + table + ".sql");
    }
    return s;
  }

  static Map<String, String> parse(String text) {
    Map<String, String> out = new HashMap<>();
    String name = null;
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith(MARK)) {
        put(out, name, b);
        name = t.substring(MARK.length()).strip();
        b.setLength(0);
      } else if (!t.isEmpty() && !t.startsWith("--") && name != null) {
        b.append(b.length() == 0 ? "" : "\n").append(line);
      }
    }
    put(out, name, b);
    return out;
  }

  private static void put(Map<String, String> out, String name, StringBuilder b) {
    if (name != null) {
      String s = b.toString().strip();
      out.put(name, s.endsWith(";") ? s.substring(0, s.length() - 1) : s);
    }
  }

  static String read(String resource, boolean required) {
    try (InputStream in = Statements.class.getResourceAsStream(resource)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing SQL resource " + resource);
        }
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read SQL resource " + resource, e);
    }
  }
}
