package org.factdrill.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.junit.jupiter.api.Test;

/**
 * Every interface string comes from the language packs: each pack's ui.tsv has every key the
 * English pack has (no silent English fallback), the placeholders agree, and the TUI code holds no
 * user-visible English literal that bypasses the packs.
 */
class InterfaceStringsTest {
  private static Map<String, String> ui(String code) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    try (InputStream in = InterfaceStringsTest.class.getResourceAsStream(
        "/lang/" + code + "/ui.tsv")) {
      if (in == null) {
        return m;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] kv = line.split("\t", 2);
        m.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return m;
  }

  @Test
  void everyPackTranslatesEveryKey() throws IOException {
    Map<String, String> en = ui("en");
    assertTrue(en.size() > 100, "English keys: " + en.size());
    List<String> problems = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      Map<String, String> m = ui(p.code());
      for (Map.Entry<String, String> e : en.entrySet()) {
        String t = m.get(e.getKey());
        if (t == null || t.isBlank()) {
          problems.add(p.code() + ": missing " + e.getKey());
        } else if (!placeholders(t).equals(placeholders(e.getValue()))) {
          problems.add(p.code() + ": placeholders differ in " + e.getKey());
        } else if (!p.code().equals("en") && t.equals(e.getValue()) && e.getValue().matches(
            ".*\\p{IsLatin}{3,}.*") && !p.code().matches("en")) {
          // Same text as English is allowed only where it is key names or syntax, not words.
          if (e.getValue().matches(".*[a-z]{4,}.*") && !e.getKey().equals("tui.ui_language_note")
              // a CSS keyword (lower-alpha), not words
              && !e.getKey().equals("export.optionListStyle")) {
            problems.add(p.code() + ": untranslated " + e.getKey());
          }
        }
      }
      for (String k : m.keySet()) {
        // help.*: the usage help, whose English is the commands' own (HelpLanguageTest).
        if (!en.containsKey(k) && !k.startsWith("help.")) {
          problems.add(p.code() + ": key not in English " + k);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d}|%[sd]").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Literals that are not interface words: product name, settings keys, syntax, formats. */
  private static final Set<String> ALLOWED = Set.of("factdrill · ", "ui_language", "en",
      "he", "lang:", "kind:", "type:", "src:", "source:", "desired_retention", "new_per_day",
      "yyyy-MM-dd HH:mm", "os.name", "Windows", "terminal-set-up", "factdrill.trace.main",
      "deprecation", "/bin/sh", "-c", "stty -g && stty -icanon min 1 -echo -isig", "stats",
      "grade.", "state.", "new", "#home", "%s", "class", "%.1f",
      // the opt-in start-up trace (--trace) written to stderr after the TUI closed: diagnostics
      // the --plain grade prompt names the Enter key, as printed on the keyboard
      "] (Enter = ",
      "trace: main ", " ms, TUI entered ", " ms, terminal ready ", " ms, first frame ",
      " ms after JVM start, CPU at first frame ", " ms");

  /** Calls whose string argument is a key or a setting name, never shown as such. */
  private static final Pattern KEY_CALL = Pattern.compile(
      "(msg|get|ui|startsWith|equals|getProperty|putSetting|getOrDefault|ofPattern)\\(\\s*$");

  @Test
  void tuiCodeShowsNoEnglishLiteralOutsideThePacks() throws IOException {
    Path dir = Path.of("src/main/java/org/factdrill/tui");
    List<String> found = new ArrayList<>();
    Pattern lit = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      sources.addAll(files.sorted().toList());
    }
    // The line-based session (study --plain) is interface too; StatsView is scanned with the TUI.
    sources.add(Path.of("src/main/java/org/factdrill/study/PlainSession.java"));
    {
      for (Path f : sources) {
        String fn = f.getFileName().toString();
        if (fn.equals("Importer.java") || fn.equals("BankSaver.java")) {
          continue; // error lines about files, worded as the document readers' own (English)
        }
        int n = 0;
        for (String line : Files.readAllLines(f)) {
          n++;
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")
              || code.startsWith("@")) {
            continue;
          }
          Matcher m = lit.matcher(line);
          while (m.find()) {
            String s = m.group(1);
            if (!s.matches(".*[A-Za-z]{2,}.*") || ALLOWED.contains(s)
                || KEY_CALL.matcher(line.substring(0, m.start())).find()
                || s.matches("#?[a-z_.]+")) {
              continue;
            }
            found.add(f.getFileName() + ":" + n + " \"" + s + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), found, "interface text must come from lang/<code>/ui.tsv");
  }
}
