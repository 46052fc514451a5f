package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.export.Formats;
import org.factdrill.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own lines (errors, refusals, confirmations, report lines, database errors)
 * speak the interface language: chosen by the profile's ui_language setting, else the locale
 * (LANG). A battery of commands run in Vietnamese and Hebrew prints no English word: every Latin
 * word left once paths, options and quoted input are taken out is syntax (format and type
 * names, KEY=VALUE, the product's name). Exit codes are those of the English run.
 */
class CliLanguageTest {
  /** Syntax printed as it is in every language: names the user types, not words. */
  private static final Set<String> SYNTAX = new java.util.HashSet<>(List.of("factdrill",
      "sqlite", "postgresql", "zip", "xlsx", "jsonl", "table", "cloze", "choice", "truefalse",
      "timeline", "auto", "en", "vi", "he", "ru", "key", "value", "file", "name", "yyyy", "mm",
      "dd", "txt", "json", "study", "stats", "profile", "settings", "optimize", "sync",
      "server", "user", "host", "port", "database", "docs", "classroom", "md", "plain", "help",
      "desired_retention", "new_per_day", "max_reviews_per_day", "leech_threshold", "factdrill_server",
      "tester", "qti", "events"));

  static {
    Formats.names().forEach(n -> SYNTAX.addAll(List.of(n.toLowerCase(Locale.ROOT).split("-"))));
    for (org.factdrill.bank.QuestionType t : org.factdrill.bank.QuestionType.values()) {
      SYNTAX.add(t.json());
    }
  }

  /** The words of a pack's interface strings: what its lines may say. */
  private static Set<String> packWords(String lang) {
    Set<String> out = new java.util.HashSet<>();
    org.factdrill.lang.LanguagePacks.interfaceWords(lang).orElseThrow().strings().values()
        .forEach(v -> {
          Matcher m = WORD.matcher(v.toLowerCase(Locale.ROOT));
          while (m.find()) {
            out.add(m.group());
          }
        });
    return out;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{M}_]{2,}");

  @TempDir Path tmp;
  private Path texts;
  private Path bank;

  record Run(int code, String out, String err) {}

  private Run run(Map<String, String> vars, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(vars, tmp.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), "tester");
    return new Run(Cli.run(env, args), out.toString(), err.toString());
  }

  @BeforeEach
  void files() throws Exception {
    texts = Files.createDirectories(tmp.resolve("texts"));
    // Made up for this test.
    Files.writeString(texts.resolve("bridge.txt"), """
        The harbour bridge opened in 1932 after eight years of work.
        Its building cost 13 million pounds, and 1,400 workers took part.
        """);
    Files.writeString(texts.resolve("canal.txt"), """
        The northern canal was dug between 1810 and 1825.
        About 9,000 labourers worked on it at the busiest time.
        """);
    Files.createDirectories(tmp.resolve("empty"));
    bank = tmp.resolve("bank.json");
    assertEquals(0, run(Map.of(), "generate", texts.toString(), "--out", bank.toString()).code());
    // Documents the readers refuse: a binary file, a text with no words. (A damaged PDF's line
    // ends in PDFBox's own English words, in parentheses: not ours to translate.)
    Path odd = Files.createDirectories(tmp.resolve("odd"));
    Files.write(odd.resolve("data.txt"), new byte[] {'a', 0, 1, 2, 0, 'b'});
    Files.writeString(odd.resolve("blank.txt"), "   \n\n");
    Files.writeString(odd.resolve("fine.txt"), "The harbour bridge opened in 1932.\n");
    try (Store s = Store.open(tmp.resolve("studied.db"))) {
      s.profile("tester", Instant.EPOCH);
    }
    Files.writeString(tmp.resolve("broken.db"), "this is not a database at all, just text\n");
    // A bank with problems a hand edit makes: a duplicate id, a choice whose answer is not an
    // option, a cloze without its blank, a timeline with one event (made up for this test).
    Files.writeString(tmp.resolve("faulty.json"), """
        {"schemaVersion": 1, "questions": [
          {"id": "q1", "type": "cloze", "lang": "en", "prompt": "The bridge opened in 1932.",
           "answer": {"value": "1932", "text": "1932"}},
          {"id": "q1", "type": "choice", "lang": "en", "prompt": "When did it open?",
           "answer": {"value": "1932", "text": "1932"}, "options": ["1930", "1931", "1933"]},
          {"id": "q3", "type": "timeline", "lang": "en", "prompt": "Order them.",
           "events": [{"text": "opened", "date": "1932"}],
           "answer": {"value": [0], "text": "opened"}}
        ]}
        """);
  }

  /** Each command of the battery, as arguments. */
  private List<String[]> battery() {
    String b = bank.toString();
    String db = tmp.resolve("progress.db").toString();
    String one = texts.resolve("bridge.txt").toString();
    return List.of(
        new String[] {"export", "--format", "nope", "--bank", b},
        new String[] {"export", "--format", "gift", "--count", "-1", "--bank", b},
        new String[] {"export", "--format", "gift", "--types", "essay", "--bank", b},
        new String[] {"export", "--format", "gift", "--bank", b, "--out",
            tmp.resolve("quiz.gift").toString()},
        new String[] {"export", "--format", "gift", "--source", "nowhere.txt", "--bank", b},
        new String[] {"stats", "--since", "yesterdayish", "--db", db},
        new String[] {"stats", "--db", tmp.resolve("broken.db").toString()},
        new String[] {"stats", "--db", tmp.resolve("absent.db").toString()},
        new String[] {"settings", "nonsense", "--db", db},
        new String[] {"settings", "speed=3", "--db", db},
        new String[] {"profile", "--db", tmp.resolve("absent.db").toString()},
        new String[] {"generate", tmp.resolve("empty").toString(), "--out", b},
        new String[] {"generate", one, "--out", b},
        new String[] {"generate", texts.toString(), "--out", tmp.resolve("b2.json").toString()},
        new String[] {"extract", tmp.resolve("missing.txt").toString()},
        new String[] {"extract", tmp.resolve("odd").toString()},
        new String[] {"generate", texts.toString(), "--encoding", "nope", "--out", b},
        new String[] {"bank", "validate", b},
        new String[] {"bank", "validate", tmp.resolve("faulty.json").toString()},
        new String[] {"export", "--format", "gift", "--bank", tmp.resolve("faulty.json").toString()},
        new String[] {"sync", "--batch", "0", "--server", "postgresql://x@127.0.0.1:1/db"},
        new String[] {"class", "init", "--server", "postgresql://x@127.0.0.1:1/db"},
        new String[] {"class"},
        new String[] {"optimize", "--dry-run", "--db", tmp.resolve("absent.db").toString()},
        new String[] {"optimize", "--dry-run", "--db", tmp.resolve("studied.db").toString()},
        new String[] {"stats", "--bogus-option"},
        new String[] {"bank", "validate"},
        new String[] {"export", "--format", "gift", "--count", "many", "--bank", b});
  }

  /** Latin words of {@code text} that are neither syntax, nor a path, an option or quoted input. */
  private Set<String> english(String text, Set<String> pack) {
    String t = text.replace(tmp.toString(), " ");
    t = t.replaceAll("'[^']*'|`[^`]*`", " ") // quoted input and commands
        .replaceAll("--?[\\p{Alnum}-]+", " ") // options
        .replaceAll("\\S*[/\\\\.]\\S*", " ") // paths, file names
        .replaceAll("\\b\\p{Upper}{2,}(=\\p{Upper}+)?\\b", " "); // KEY=VALUE, FILE, NAME
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!SYNTAX.contains(m.group()) && !pack.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The battery in English (no setting, no locale): the exit codes and lines to differ from. */
  private List<Run> english() {
    return battery().stream().map(a -> run(Map.of(), a)).toList();
  }

  private void speaks(List<Run> english, Map<String, String> vars, String lang) {
    List<String> problems = new ArrayList<>();
    Set<String> pack = packWords(lang);
    List<String[]> battery = battery();
    for (int i = 0; i < battery.size(); i++) {
      String[] args = battery.get(i);
      Run en = english.get(i);
      Run r = run(vars, args);
      String said = r.out() + r.err();
      assertEquals(en.code(), r.code(), String.join(" ", args) + " in " + lang + ": " + said);
      assertTrue(!said.isBlank(), String.join(" ", args) + " said nothing");
      // the suggestion picocli adds after an unknown option, and the usage text, are its own
      String own = said.lines().filter(l -> l.startsWith("factdrill: ") || !l.contains("Usage"))
          .filter(l -> !l.startsWith("Possible solutions"))
          // bank validate quotes the file's line under a problem, and a caret: input, not words
          .filter(l -> !l.matches("\\s*[\\[{\"].*") && !l.matches("\\s*\\^\\s*"))
          .reduce("", (a, l) -> a + l + "\n");
      // picocli's own messages for malformed options (not ours) are left out
      own = own.replaceAll("(?m)^factdrill: (Unknown|Missing|Invalid|Expected).*$", "");
      Set<String> found = english(own, pack);
      if (!found.isEmpty()) {
        problems.add(String.join(" ", args) + " -> " + found + "\n" + own);
      }
      assertNotEquals(en.out() + en.err(), said, "not translated: " + String.join(" ", args));
    }
    assertEquals(List.of(), problems, lang);
  }

  @Test
  void vietnameseLocaleSpeaksVietnamese() throws Exception {
    speaks(english(), Map.of("LANG", "vi_VN.UTF-8"), "vi");
  }

  @Test
  void hebrewProfileSettingSpeaksHebrew() throws Exception {
    List<Run> english = english();
    Path db = tmp.resolve("progress.db");
    try (Store s = Store.open(db)) {
      s.putSetting(s.profile("tester", Instant.EPOCH).id(), "ui_language", "he");
    }
    Map<String, String> vars = new HashMap<>();
    vars.put("USER", "tester");
    vars.put("FACTDRILL_DB", db.toString());
    // the locale speaks for a database that cannot be read (broken.db)
    vars.put("LANG", "he_IL.UTF-8");
    speaks(english, vars, "he");
  }

  @Test
  void russianLocaleSettingFirstAndEnglishDefault() throws Exception {
    Run ru = run(Map.of("LC_ALL", "ru_RU.UTF-8", "LANG", "vi_VN"), "export", "--format", "nope",
        "--bank", bank.toString());
    assertTrue(ru.err().contains("неизвестный формат 'nope'"), ru.err());
    Path db = tmp.resolve("progress.db");
    try (Store s = Store.open(db)) {
      s.putSetting(s.profile("tester", Instant.EPOCH).id(), "ui_language", "he");
    }
    Run he = run(Map.of("LANG", "ru_RU.UTF-8", "USER", "tester"), "stats", "--since", "x",
        "--db", db.toString());
    assertTrue(he.err().contains("אינו תאריך"), "the profile's setting wins: " + he.err());
    Run none = run(Map.of(), "export", "--format", "nope", "--bank", bank.toString());
    assertTrue(none.err().startsWith("factdrill: unknown format 'nope'"), none.err());
    assertEquals(2, none.code());
  }
}
