package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.export.Formats;
import org.factdrill.lang.InterfaceWords;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The usage help of every command in every interface language: each pack translates every text
 * of the help (command descriptions, option descriptions, footers, headings: the keys picocli
 * reads, taken from the commands themselves, so a new option without a translation fails here),
 * and `--help` of each command in Hebrew, Vietnamese and Russian prints no English word outside
 * option names, placeholders, paths and names of formats, programs and settings.
 */
class HelpLanguageTest {
  /** Names printed as they are in every language: commands, formats, programs, file kinds. */
  private static final Set<String> SYNTAX = new HashSet<>(List.of("factdrill", "study",
      "generate", "extract", "bank", "validate", "audit", "export", "stats", "profile", "settings",
      "sync", "class", "init", "add", "student", "import", "roster", "publish", "optimize",
      "help", "cloze", "choice", "truefalse", "timeline", "en", "vi", "he", "ru", "auto",
      "jsonl", "table", "text", "json", "html", "csv", "markdown", "sqlite", "postgresql",
      "moodle", "canvas", "anki", "kahoot", "quizlet", "pdf", "epub", "docx", "fsrs", "rmse",
      "scram", "utf", "psql", "windows", "iso", "viscii", "tcvn", "vni", "ana", "hist",
      "login", "name", "password", "line", "qti"));
  /** Vietnamese words spelt like English ones: "in" (to print), "an" (an toàn, safe). */
  private static final Set<String> VI_HOMOGRAPHS = Set.of("in", "an");

  static {
    Formats.names().forEach(n -> SYNTAX.addAll(List.of(n.toLowerCase(Locale.ROOT).split("-"))));
  }

  private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{M}]{2,}");

  @TempDir Path tmp;

  private static CommandLine full(Env env) throws Exception {
    Method m = Cli.class.getDeclaredMethod("commandLine", Env.class, boolean.class);
    m.setAccessible(true);
    return (CommandLine) m.invoke(null, env, true);
  }

  private Env env(Map<String, String> vars, StringWriter out) {
    return new Env(vars, tmp.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), "tester");
  }

  private Map<String, String> englishKeys() throws Exception {
    return HelpWords.english(full(env(Map.of(), new StringWriter())));
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("%n|\\$\\w+|--[a-z-]+").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyPackTranslatesEveryHelpText() throws Exception {
    Map<String, String> en = englishKeys();
    assertTrue(en.size() > 80, "help texts: " + en.size());
    assertTrue(en.containsKey("factdrill.export.format.0"), en.keySet().toString());
    List<String> problems = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      if (p.code().equals("en")) {
        continue; // English is the commands' own text
      }
      InterfaceWords w = LanguagePacks.interfaceWords(p.code()).orElseThrow();
      for (Map.Entry<String, String> e : en.entrySet()) {
        String t = w.ui("help." + e.getKey());
        if (t == null || t.isBlank()) {
          problems.add(p.code() + ": untranslated help." + e.getKey());
        } else if (t.equals(e.getValue()) && e.getValue().matches(".*[a-z]{4,} [a-z]{3,}.*")) {
          problems.add(p.code() + ": English in help." + e.getKey());
        } else if (!placeholders(t).equals(placeholders(e.getValue()))) {
          problems.add(p.code() + ": options, variables or %n differ in help." + e.getKey()
              + ": " + placeholders(t) + " vs " + placeholders(e.getValue()));
        }
      }
      for (String k : w.strings().keySet()) {
        if (k.startsWith("help.") && !en.containsKey(k.substring(5))) {
          problems.add(p.code() + ": help key no command reads: " + k);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The visible commands, as argument lists: [], [study], [bank, validate], ... */
  private List<List<String>> commands() throws Exception {
    List<List<String>> out = new ArrayList<>();
    walk(full(env(Map.of(), new StringWriter())).getCommandSpec(), new ArrayList<>(), out);
    return out;
  }

  private static void walk(CommandSpec s, List<String> path, List<List<String>> out) {
    if (s.usageMessage().hidden()) {
      return;
    }
    out.add(path);
    for (Map.Entry<String, CommandLine> e : new LinkedHashMap<>(s.subcommands()).entrySet()) {
      if (e.getKey().equals(e.getValue().getCommandSpec().name())) {
        List<String> p = new ArrayList<>(path);
        p.add(e.getKey());
        walk(e.getValue().getCommandSpec(), p, out);
      }
    }
  }

  private String help(Map<String, String> vars, List<String> args) {
    StringWriter out = new StringWriter();
    int code = Cli.run(env(vars, out), args.toArray(String[]::new));
    assertEquals(0, code, args + " " + out);
    return out.toString();
  }

  /** Latin words of a help text left once options, placeholders, paths and syntax are out. */
  private static Set<String> latinWords(String text) {
    String t = text.replaceAll("'[^']*'|`[^`]*`|\"[^\"]*\"", " ") // quoted syntax
        .replaceAll("\\S*([/\\\\@$=]|[.:](?=\\S))\\S*", " ") // paths, URLs, $VARS, KEY=VALUE
        .replaceAll("(?<![\\p{L}])--?[\\p{Alnum}-]+", " ") // options
        .replaceAll("\\S*_\\S*", " ") // setting keys, NAME_student
        .replaceAll("\\S+,\\S+", " ") // lists as typed: cloze,choice
        .replaceAll("\\b\\p{Upper}{2,}\\b", " "); // placeholders: FILE, NAME, COMMAND
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!SYNTAX.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The words of the English interface: the TUI's and CLI's strings and the English help. */
  private Set<String> englishCatalogue() throws Exception {
    Set<String> out = new HashSet<>();
    List<String> texts = new ArrayList<>(englishKeys().values());
    texts.addAll(LanguagePacks.interfaceWords("en").orElseThrow().strings().values());
    for (String s : texts) {
      Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** Vietnamese words of the pack's interface outside the help (written before the help). */
  private static Set<String> vietnamese() {
    Set<String> out = new HashSet<>();
    LanguagePacks.interfaceWords("vi").orElseThrow().strings().forEach((k, v) -> {
      if (!k.startsWith("help.")) {
        Matcher m = WORD.matcher(v.toLowerCase(Locale.ROOT));
        while (m.find()) {
          out.add(m.group());
        }
      }
    });
    return out;
  }

  @Test
  void helpOfEveryCommandSpeaksHebrewVietnameseAndRussian() throws Exception {
    Set<String> catalogue = englishCatalogue();
    Set<String> vi = vietnamese();
    List<String> problems = new ArrayList<>();
    List<List<String>> commands = commands();
    assertTrue(commands.size() >= 17, commands.toString());
    for (String lang : List.of("he", "vi", "ru")) {
      Map<String, String> vars = Map.of("LANG", lang + "_XX.UTF-8");
      for (List<String> cmd : commands) {
        List<String> args = new ArrayList<>(cmd);
        args.add("--help");
        String text = help(vars, args);
        Set<String> found = latinWords(text);
        if (lang.equals("vi")) {
          // Vietnamese is written in Latin letters: what counts is English interface words.
          found.removeIf(w -> !catalogue.contains(w) || vi.contains(w) || VI_HOMOGRAPHS.contains(w));
        }
        if (!found.isEmpty()) {
          problems.add(lang + " " + String.join(" ", args) + " -> " + found + "\n" + text);
        }
      }
      // `factdrill help CMD` is the same help.
      String viaHelp = help(vars, List.of("help", "export"));
      assertEquals(help(vars, List.of("export", "--help")), viaHelp);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void englishHelpIsTheCommandsOwnAndTheCheckHasTeeth() throws Exception {
    String en = help(Map.of(), List.of("export", "--help"));
    assertTrue(en.startsWith("Usage: factdrill export"), en);
    assertTrue(latinWords(en).containsAll(List.of("questions", "write", "default")),
        latinWords(en).toString());
    String he = help(Map.of("LANG", "he_IL.UTF-8"), List.of("export", "--help"));
    assertTrue(he.startsWith("שימוש: factdrill export"), he);
    String vi = help(Map.of("LANG", "vi_VN.UTF-8"), List.of("sync", "--help"));
    assertTrue(vi.contains("Mã thoát: 0 thành công"), vi);
    // A profile's ui_language setting speaks for --help as for every other line.
    Path db = tmp.resolve("p.db");
    try (org.factdrill.store.Store s = org.factdrill.store.Store.open(db)) {
      s.putSetting(s.profile("ana", Instant.EPOCH).id(), "ui_language", "ru");
    }
    String ru = help(Map.of("LANG", "vi_VN.UTF-8"), List.of("stats", "--help", "--db",
        db.toString(), "--profile", "ana"));
    assertTrue(ru.startsWith("Использование: factdrill stats"), ru);
  }
}
