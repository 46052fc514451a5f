package org.factdrill.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged TUI in a real terminal (tmux) in each non-English interface language (vi, he,
 * ru): every Latin-script word on Home, the study screen (before and after answering), Help and Stats is
 * either content (a word of the bank: prompts, options, titles, sentences), a word of that
 * language's pack, or a key name as printed on the keyboard. An English interface word left in
 * the code or missing from a pack fails it; and since the words of the bank and the key names
 * would let an English fallback through ("Home", "choice"), every field of the pane (the TUI
 * separates fields by two spaces, a middle dot, a colon or a dash) is also checked against the
 * English pack's own strings: a field that is an English string this pack writes otherwise is
 * the English fallback of a missing string. The panes are written to target/screens/ (the
 * captures in docs/screens/ come from there). Skipped where tmux is not installed.
 */
class InterfaceLanguageIT {
  /**
   * Key names, the product's name, language codes, the search syntax and the profile's name
   * (ana): printed as they are in every language.
   */
  private static final Set<String> KEYS = Set.of("enter", "esc", "pgup", "pgdn", "home", "end",
      "tab", "backspace", "ctrl", "factdrill", "en", "vi", "he", "ru", "lang", "kind", "type",
      "src", "date", "choice", "ana");
  private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{M}]{2,}");
  /** How the TUI and the packs' strings separate fields: wide gaps, dots, colons, dashes, slots. */
  private static final Pattern FIELD = Pattern.compile(
      "\\s{2,}|\\s*[·—]\\s*|:\\s+|\\s+:|\\{\\d+}|%[sd]|\\n");
  /** A word of any script, for telling fields apart ("Enter học" is not "Enter"). */
  private static final Pattern ANY_WORD = Pattern.compile("[\\p{L}\\p{M}]{2,}");

  @TempDir Path tmp;
  private String session;

  @BeforeEach
  void needsTmux() throws Exception {
    assumeTrue(run("tmux", "-V").exitValue() == 0, "tmux is not installed");
  }

  @AfterEach
  void killSession() throws Exception {
    if (session != null) {
      run("tmux", "kill-session", "-t", session);
    }
  }

  private static Process run(String... cmd) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      p = new ProcessBuilder("false").start();
    }
    p.waitFor(20, TimeUnit.SECONDS);
    return p;
  }

  private String screen() throws Exception {
    Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session)
        .redirectErrorStream(true).start();
    String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return s;
  }

  /**
   * How long the pane may take to show what a step waits for: generous, since a loaded machine
   * can take tens of seconds to start the JVM; every wait ends as soon as the pane is there.
   */
  private static final long CEILING_NANOS = TimeUnit.SECONDS.toNanos(180);

  /** The pane once it shows {@code text} and has stopped changing (progressive Home). */
  private String waitFor(String text) throws Exception {
    return waitUntil(s -> s.contains(text), "screen never showed '" + text + "'");
  }

  /** The pane once it satisfies {@code ready} and has stopped changing. */
  private String waitUntil(java.util.function.Predicate<String> ready, String failure)
      throws Exception {
    String s = "";
    String last = null;
    long end = System.nanoTime() + CEILING_NANOS;
    while (System.nanoTime() < end) {
      s = screen();
      if (ready.test(s) && s.equals(last)) {
        return s;
      }
      last = s;
      Thread.sleep(150);
    }
    throw new AssertionError(failure + ":\n" + s);
  }

  private void keys(String... keys) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
    cmd.addAll(List.of(keys));
    assertEquals(0, run(cmd.toArray(String[]::new)).exitValue());
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static void words(String text, Set<String> into) {
    Matcher m = WORD.matcher(norm(text));
    while (m.find()) {
      into.add(m.group());
    }
  }

  /** Every word of every string in the bank: what the screen may show as content. */
  private static Set<String> contentWords(Path bank) throws IOException {
    Set<String> out = new HashSet<>();
    List<JsonNode> todo = new ArrayList<>(List.of(new ObjectMapper().readTree(bank.toFile())));
    while (!todo.isEmpty()) {
      JsonNode n = todo.remove(todo.size() - 1);
      if (n.isTextual()) {
        words(n.asText(), out);
      }
      n.forEach(todo::add);
    }
    return out;
  }

  /**
   * The words of a pack's ui.tsv values, and of its interval units (CLDR's, chosen by the pack's
   * interval-units setting) as the grade line says them.
   */
  private static Set<String> packWords(String lang) throws IOException {
    Set<String> out = new HashSet<>();
    org.factdrill.study.Intervals units = org.factdrill.study.Intervals.of(lang);
    for (long minutes : new long[] {0, 10, 180, 1440 * 4, 1440 * 61, 1440 * 548, 1440 * 4000}) {
      words(units.format(java.time.Duration.ofMinutes(minutes)), out);
    }
    try (InputStream in = InterfaceLanguageIT.class.getResourceAsStream(
        "/lang/" + lang + "/ui.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] kv = line.split("\t", 2);
        if (kv.length == 2 && !line.startsWith("#")) {
          words(kv[1], out);
        }
      }
    }
    return out;
  }

  /** A field's words of two letters or more, any script, lower case, one space apart. */
  private static String fieldWords(String field) {
    StringBuilder b = new StringBuilder();
    Matcher m = ANY_WORD.matcher(norm(field));
    while (m.find()) {
      b.append(b.length() == 0 ? "" : " ").append(m.group());
    }
    return b.toString();
  }

  /** The fields of {@code text} (a pane or a pack string), each as {@link #fieldWords}. */
  private static Set<String> fields(String text) {
    Set<String> out = new HashSet<>();
    for (String f : FIELD.split(text)) {
      String w = fieldWords(f);
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A pack's ui.tsv: key to string. */
  private static Map<String, String> ui(String lang) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = InterfaceLanguageIT.class.getResourceAsStream(
        "/lang/" + lang + "/ui.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] kv = line.split("\t", 2);
        if (kv.length == 2 && !line.startsWith("#")) {
          out.put(kv[0], kv[1]);
        }
      }
    }
    return out;
  }

  /**
   * The fields of the English pack's strings that {@code lang}'s pack never writes, each with
   * its key: on a pane of {@code lang} such a field is an English fallback, whatever words the
   * bank or the key names share with it.
   */
  private static Map<String, String> englishFields(String lang) throws IOException {
    Set<String> own = new HashSet<>();
    for (String v : ui(lang).values()) {
      own.addAll(fields(v));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : ui("en").entrySet()) {
      for (String f : fields(e.getValue())) {
        if (!own.contains(f) && WORD.matcher(f).find()) {
          out.putIfAbsent(f, e.getKey());
        }
      }
    }
    return out;
  }

  /** Every field of every string in the bank: a pane field that is one of them is content. */
  private static Set<String> contentFields(Path bank) throws IOException {
    Set<String> out = new HashSet<>();
    List<JsonNode> todo = new ArrayList<>(List.of(new ObjectMapper().readTree(bank.toFile())));
    while (!todo.isEmpty()) {
      JsonNode n = todo.remove(todo.size() - 1);
      if (n.isTextual()) {
        out.addAll(fields(n.asText()));
      }
      n.forEach(todo::add);
    }
    return out;
  }

  /** The pane's fields that are English strings of the interface, not the bank's, with keys. */
  private static Set<String> englishOnPane(String pane, Map<String, String> english,
      Set<String> content) {
    Set<String> found = new TreeSet<>();
    for (String f : fields(pane)) {
      if (english.containsKey(f) && !content.contains(f)) {
        found.add("'" + f + "' (" + english.get(f) + ")");
      }
    }
    return found;
  }

  /** Words on the pane that are neither content, nor the pack's, nor key names. */
  private static Set<String> foreign(String pane, Set<String> content, Set<String> pack) {
    Set<String> found = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    words(pane, seen);
    for (String w : seen) {
      if (KEYS.contains(w) || pack.contains(w) || content.contains(w)) {
        continue;
      }
      // A title cut to its column ends in "…": the cut word is the start of a content word.
      if (pane.toLowerCase(Locale.ROOT).contains(w + "…")
          && content.stream().anyMatch(c -> c.startsWith(w))) {
        continue;
      }
      found.add(w);
    }
    return found;
  }

  @Test
  void vietnameseAndHebrewSessionsShowNoEnglishWordOutsideTheContent() throws Exception {
    Path home = Path.of(System.getProperty("factdrill.home", ".")).toAbsolutePath();
    Path jar = Path.of(System.getProperty("factdrill.jar", "target/factdrill.jar"))
        .toAbsolutePath();
    assumeTrue(Files.exists(jar), "the jar is built by mvn package");
    Path bank = tmp.resolve("seeds.json");
    Files.copy(home.resolve("question-banks/seeds.json"), bank);
    Set<String> content = contentWords(bank);
    Set<String> contentFields = contentFields(bank);
    Set<String> english = packWords("en");
    Path out = home.resolve("target/screens");
    Files.createDirectories(out);
    Map<String, Set<String>> problems = new LinkedHashMap<>();
    for (String lang : List.of("vi", "he", "ru")) {
      Path db = tmp.resolve(lang + ".db");
      try (Store store = Store.open(db)) {
        Profile p = store.profile("ana", java.time.Instant.now());
        store.putSetting(p.id(), "ui_language", lang);
      }
      Set<String> pack = packWords(lang);
      Map<String, String> englishFields = englishFields(lang);
      session = "factdrill-lang-" + lang + "-" + ProcessHandle.current().pid();
      Path script = tmp.resolve("tui-" + lang + ".sh");
      Files.writeString(script, "#!/bin/sh\n"
          + "java " + String.join(" ", org.factdrill.testing.ShortJvms.LAUNCHER) + " -Dfile.encoding=UTF-8 -jar '" + jar + "' --bank '" + bank + "' --db '"
          + db + "' --profile ana\n"
          + "sleep 30\n");
      script.toFile().setExecutable(true);
      assertEquals(0, run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
          "-e", "LANG=C.UTF-8", script.toString()).exitValue());
      Map<String, String> panes = new LinkedHashMap<>();
      panes.put("home", waitFor("░")); // with the per-source bars: the bank has loaded
      keys("s");
      panes.put("stats", waitFor("PgUp"));
      keys("q");
      waitFor("Enter");
      keys("?");
      panes.put("help", waitFor("Ctrl-C"));
      keys("q");
      waitFor("Enter");
      keys("Enter");
      String study = waitFor("✓");
      panes.put("study", study);
      keys("1");
      // A choice is graded at once; a typed answer shows "1" in its line and waits for Enter.
      // Either way the pane changes: wait for that, not for a time.
      if (!waitUntil(s -> !s.equals(study), "the pane did not change after '1'").contains("]")) {
        keys("Enter");
      }
      panes.put("graded", waitFor("]"));
      for (Map.Entry<String, String> e : panes.entrySet()) {
        Files.writeString(out.resolve(lang + "-" + e.getKey() + ".txt"), e.getValue());
        Set<String> bad = foreign(e.getValue(), content, pack);
        if (!bad.isEmpty()) {
          problems.put(lang + " " + e.getKey() + " " + bad + "\n" + e.getValue(), bad);
        }
        Set<String> fallback = englishOnPane(e.getValue(), englishFields, contentFields);
        if (!fallback.isEmpty()) {
          problems.put(lang + " " + e.getKey() + " English interface fields " + fallback + "\n"
              + e.getValue(), fallback);
        }
        // Sanity: the check has teeth: the English pack's own words are foreign here.
        assertTrue(!foreign(String.join(" ", english), content, pack).isEmpty());
        // And the field check's: the English pack's own strings, one per line, are fallbacks.
        assertTrue(!englishOnPane(String.join("\n", ui("en").values()), englishFields,
            contentFields).isEmpty());
      }
      run("tmux", "kill-session", "-t", session);
      session = null;
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems.keySet()));
  }
}
