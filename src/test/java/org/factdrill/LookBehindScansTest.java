package org.factdrill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extraction speed trap (issue 18): in {@code extract} and {@code text}, a {@link Pattern}
 * whose expression opens with a look-behind and is run with {@code find()}. The engine tries the
 * look-behind at every position of the input, so over a whole text or paragraph it costs a test
 * per character; the two worst throughput regressions were exactly that. A recognizer tests at
 * its candidate positions instead ({@code lookingAt} on a region, or a cheap character test
 * first). The ones that exist are listed below with why they are tolerated; a new one fails.
 * The scan reads the sources: a {@code static final} compiled from a string literal that opens
 * (after inline flags) with {@code (?<=} or {@code (?<!}, and a {@code NAME.matcher(…)} whose
 * statement, or the variable it is stored in, calls {@code find(}.
 */
class LookBehindScansTest {
  private static final Pattern DECLARED = Pattern.compile(
      "(\\w+)\\s*=\\s*(?:java\\.util\\.regex\\.)?Pattern\\.compile\\(\\s*\"(?:\\(\\?[a-zA-Z]+\\))?\\(\\?<[=!]");

  /**
   * Tolerated, by file and field, with the reason. "One line": run on one line, title, cell or
   * word of layout (tens of characters), never on a text. "Whole text, known": present at
   * fbd2446 and to be rewritten to test at candidates; no new entry of that kind belongs here.
   */
  private static final Map<String, String> TOLERATED = Map.ofEntries(
      Map.entry("BrokenWords.PAIR", "whole text, known: once per document, on the generator's"
          + " path (Stem.DocState), and on one prompt"),
      Map.entry("LostBreaks.SEAM", "whole text, known: one paragraph, the generator's"
          + " (CopyDamage), per fact asked"),
      Map.entry("CalendarChrome.CLOCK", "one line: a line that may be a calendar's chrome"),
      Map.entry("KindTitles.FOUR", "one line: a heading-stack line or a line that is only a year"),
      Map.entry("SpacedDates.DATE", "one line: a short candidate line of layout (menu, address)"),
      Map.entry("CalendarChrome.YEAR", "one line, after the clock time found on it"),
      Map.entry("DatedRows.YEAR", "one line: the rest of a row after its date"),
      Map.entry("DatedRows.DAY", "one line: the rest of a row after its date"),
      Map.entry("DocDates.ISO", "one line: a candidate date line or an entry's date"),
      Map.entry("DocDates.NUMERIC", "one line: a candidate date line or an entry's date"),
      Map.entry("DocDates.YEAR", "one line: a candidate date line or an entry's date"),
      Map.entry("GluedWords.JOIN", "one prompt or answer of the generator, not a text"),
      Map.entry("GluedWords.FOREIGN_SEAM", "one word"),
      Map.entry("InlineLists.SPACED_MARK", "one line that may be an inline list"),
      Map.entry("LayoutWords.chrome", "one line or title of layout"),
      Map.entry("LayoutWords.chromeStem", "one line or title of layout"),
      Map.entry("LayoutWords.weekday", "one line or title of layout"),
      Map.entry("LayoutWords.ui", "one line of layout"),
      Map.entry("LayoutWords.credit", "one line: a caption or credit line"),
      Map.entry("ListRows.YEAR", "one line (checked to hold no line break first)"),
      Map.entry("Mojibake.HEBREW_AS_LATIN", "one line"),
      Map.entry("PageFurniture.PHONE", "one line of page furniture"),
      Map.entry("PageFurniture.DATE", "one line of page furniture, or a number found on it"),
      Map.entry("PageFurniture.YEAR", "one part of a line of page furniture"),
      Map.entry("Titles.QUOTED", "one title line"),
      Map.entry("Titles.YEAR", "one title line"),
      Map.entry("Titles.SLUG", "one title line"),
      Map.entry("Titles.DAY", "one title line"),
      Map.entry("TopicLines.DOMAIN", "one title line or a part of one"),
      Map.entry("TopicLines.KEY_VALUE", "one title line"));

  @Test
  void noPatternOpeningWithALookBehindIsRunWithFindInExtractOrText() throws IOException {
    TreeSet<String> found = new TreeSet<>();
    for (String pkg : List.of("extract", "text")) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/factdrill", pkg))) {
        for (Path p : files.filter(x -> x.toString().endsWith(".java")).toList()) {
          String name = p.getFileName().toString().replace(".java", "");
          for (String field : scan(Files.readString(p, StandardCharsets.UTF_8))) {
            found.add(name + "." + field);
          }
        }
      }
    }
    found.removeAll(TOLERATED.keySet());
    assertEquals(List.of(), new ArrayList<>(found), "a look-behind opening a pattern run with"
        + " find(): the engine tries it at every position of the input; test at the candidates"
        + " (lookingAt on a region, a cheap character test first)");
  }

  @Test
  void theScanFindsALookBehindRunWithFindAndNotOneTriedAtACandidate() {
    String src = """
        private static final Pattern UNIT = Pattern.compile("(?u)(?<=\\\\d)\\\\s?km");
        private static final Pattern MARK = Pattern.compile("(?<![\\\\p{L}])§");
        private static final Pattern SIGN = Pattern.compile("(?<!\\\\d)%");
        boolean a(String text) { return UNIT.matcher(text).find(); }
        boolean b(String text) {
          Matcher m = MARK.matcher(text);
          while (m.find()) { return true; }
          return false;
        }
        boolean c(String text, int at) { return SIGN.matcher(text).region(at, at + 3).lookingAt(); }
        """;
    assertEquals(List.of("UNIT", "MARK"), scan(src));
  }

  /** The fields of {@code src} that open with a look-behind and are run with find(). */
  static List<String> scan(String src) {
    List<String> out = new ArrayList<>();
    Matcher d = DECLARED.matcher(src);
    while (d.find()) {
      String field = d.group(1);
      Matcher use = Pattern.compile("\\b" + field + "\\.matcher\\(").matcher(src);
      while (use.find() && !out.contains(field)) {
        int begin = src.lastIndexOf(';', use.start()) + 1;
        int end = src.indexOf(';', use.end());
        end = end < 0 ? src.length() : end;
        if (src.substring(use.start(), end).contains(".find(")) {
          out.add(field);
          continue;
        }
        Matcher var = Pattern.compile("(\\w+)\\s*=\\s*$").matcher(src.substring(begin,
            use.start()));
        if (var.find() && Pattern.compile("\\b" + var.group(1) + "\\.find\\(")
            .matcher(src.substring(end, Math.min(src.length(), end + 3000))).find()) {
          out.add(field);
        }
      }
    }
    return out;
  }
}
