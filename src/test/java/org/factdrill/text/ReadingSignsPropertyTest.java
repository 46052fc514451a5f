package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The layout's line passes that now ask for a sign before running an expression that needs it give
 * what they gave before, on generated lines: a one-line list's separators (InlineLists) and a
 * title candidate's markup stripping (TopicLines.strip). The old code is kept here, verbatim, as
 * the oracle.
 */
class ReadingSignsPropertyTest {
  /** TopicLines.strip as it was, with its expressions. */
  static final class OldStrip {
    private static final String EXT = "(?:jpe?g|png|gif|svg|webp|tiff?|bmp|pdf|docx?|odt|rtf|txt"
        + "|html?|php|aspx?|mp3|mp4|ogg|ogv|oga|webm|wav|flac)";
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S*");
    /**
     * A file in a wiki's namespace ("File:Name of it.jpg"): the namespace (one word, or a capitalised
     * word and a lower-case one) and the whole name.
     */
    private static final Pattern NS_FILE = Pattern.compile(
        "(?u)(?<![\\p{L}\\p{M}])(?:\\p{Lu}[\\p{L}\\p{M}]* \\p{Ll}[\\p{L}\\p{M}]*|[\\p{L}\\p{M}]+)"
            + ":(?!\\s)[^:\\n|\\]]*?[.…](?i:" + EXT + ")(?![\\p{L}\\p{N}])");
    /** A file name, a path's tail or a cut address ending in an extension ("…/photo.jpg", "…jpg"). */
    private static final Pattern FILE = Pattern.compile(
        "(?iu)[^\\s\"“”(\\[]*[.…/]" + EXT + "(?![\\p{L}\\p{N}])");
    /** A path: a token with two slashes or more and no spaces ("/a/b/c"). */
    private static final Pattern PATH = Pattern.compile("(?<!\\S)\\S*/\\S*/\\S*");
    /** A site's address without its scheme ("example.com", "báo.vn"). */
    private static final Pattern DOMAIN = Pattern.compile(
        "(?iu)(?<![\\p{L}\\p{N}.@])[\\p{L}\\p{N}-]{2,}(?:\\.[\\p{L}\\p{N}-]{2,})*"
            + "\\.(?:com|net|org|info|gov|edu|vn|il|ru|uk|us|io|tv|news)(?![\\p{L}\\p{N}])");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*\\}\\}");
    private static final Pattern TEMPLATE_OPEN = Pattern.compile("\\{\\{.*$|^.*\\}\\}");
    /** A bracket holding a template's field or a bar ("[|notes=]", "[date=1990]"). */
    private static final Pattern FIELD_BRACKET = Pattern.compile("\\[[^\\[\\]]*[=|][^\\[\\]]*\\]");
    /** A template's field: "|notes=", "| date = 1990", up to the next bar or the end. */
    private static final Pattern FIELD = Pattern.compile(
        "\\|\\s*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_ -]{0,30}=[^|]*");
    /** "key=value" standing as a word of its own. */
    private static final Pattern KEY_VALUE = Pattern.compile(
        "(?<!\\S)[\\p{L}_][\\p{L}\\p{N}_-]*=(?!=)\\S*");
    /**
     * A wiki heading's markup, "==Name==" (one to six signs each side, spaces or none): the signs
     * go, the name stays; glued to the last word they are no "key=value".
     */
    private static final Pattern WIKI_HEADING = Pattern.compile("^\\s*(={1,6})\\s*(.*?)\\s*\\1\\s*$");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)\\]\\]");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile(
        "\\[[\\s\\p{P}&&[^\\[\\]]]*\\]|\\([\\s\\p{P}&&[^()]]*\\)|\\{[\\s\\p{P}&&[^{}]]*\\}"
            + "|«\\s*»|“\\s*”|\"\\s*\"");
    private static final Pattern STRAY = Pattern.compile("\\[\\[|\\]\\]|[{}]|'''|''");
    private static final Pattern EDGES = Pattern.compile(
        "^[\\p{Z}\\s\\-–—|:/,;·•»›>=_*#]+|[\\p{Z}\\s\\-–—|:/,;·•»›>=_*#(\\[]+$");
    /** The separators between a title and its site, section or tagline. */
    private static final Pattern TAIL_SYMBOLS = Pattern.compile("[\\s\\p{So}¶]+$");
    /**
     * A note's number glued to a heading's last word ("Judea2."): a word in lower case or in a
     * script without capitals never ends in digits; a model or code in capitals ("B52") keeps them.
     */
    private static final Pattern TAIL_NOTE = Pattern.compile("(?<=[\\p{Ll}\\p{Lo}\\p{M}])\\d{1,3}\\.?$");

    static String oldStrip(String line) {
      if (line == null) {
        return null;
      }
      String t = line.replace('\u00a0', ' ');
      t = URL.matcher(t).replaceAll(" ");
      t = NS_FILE.matcher(t).replaceAll(" ");
      t = FILE.matcher(t).replaceAll(" ");
      t = PATH.matcher(t).replaceAll(" ");
      String before;
      do {
        before = t;
        t = TEMPLATE.matcher(t).replaceAll(" ");
      } while (!t.equals(before));
      t = TEMPLATE_OPEN.matcher(t).replaceAll(" ");
      t = WIKI_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
      t = WIKI_HEADING.matcher(t).replaceAll("$2");
      t = FIELD_BRACKET.matcher(t).replaceAll(" ");
      t = FIELD.matcher(t).replaceAll(" ");
      t = KEY_VALUE.matcher(t).replaceAll(" ");
      do {
        before = t;
        t = EMPTY_BRACKETS.matcher(t).replaceAll(" ");
      } while (!t.equals(before));
      t = STRAY.matcher(t).replaceAll(" ");
      t = t.replaceAll("\\s+", " ").replaceAll("\\s+([,.;:!?)\\]])", "$1").strip();
      t = TAIL_NOTE.matcher(TAIL_SYMBOLS.matcher(t).replaceAll("")).replaceAll("");
      t = EDGES.matcher(t).replaceAll("").strip();
      return t.isEmpty() ? null : t;
    }
  }

  /** InlineLists as it was (its list test). */
  static final class OldInlineLists {
    /** A segment has at most this many words and numbers: a row, not a clause. */
    private static final int MAX_SEGMENT = 8;
    /** A segment's template has at most this many small words ("governor of", "years"). */
    private static final int MAX_SMALL_WORDS = 3;
    private static final Pattern LABEL = Pattern.compile("^[^:：\\d]{1,40}[:：]\\s+");
    private static final Pattern END = Pattern.compile("[.;。]\\s*$");
    private static final Pattern[] SEPARATORS = {
        Pattern.compile("\\s*;\\s+"), Pattern.compile(",\\s+"), Pattern.compile("\\s+[•·|]\\s+")};
    /** A mark set between spaces (not a bracket or quote, which belong to an item). */
    private static final Pattern SPACED_MARK =
        Pattern.compile("(?<=\\s)[^\\p{L}\\p{M}\\p{N}\\s()\\[\\]{}\"'“”‘’«»„]{1,3}(?=\\s)");


    /** True when {@code line} is three or more segments of one row shape and no clause. */
    static boolean isList(String line) {
      return isList(line, Language.DEFAULT);
    }

    /** As {@link #isList(String)}; {@code lang}'s "and" may join the last segment. */
    static boolean isList(String line, Language lang) {
      String s = END.matcher(line.replace('\n', ' ').strip()).replaceFirst("");
      return segments(s, lang) || segments(LABEL.matcher(s).replaceFirst(""), lang);
    }

    private static boolean segments(String s, Language lang) {
      for (Pattern sep : separators(s)) {
        List<String> parts = new ArrayList<>(List.of(sep.split(s)));
        if (parts.size() >= RowShapes.MIN_ROWS - 1
            && (rows(parts) || rows(lastJoined(new ArrayList<>(parts), lang)))) {
          return true;
        }
      }
      return false;
    }

    /** The fixed separators, then every mark the line sets between spaces twice or more. */
    private static List<Pattern> separators(String s) {
      List<Pattern> out = new ArrayList<>(List.of(SEPARATORS));
      Set<String> seen = new HashSet<>();
      Set<String> twice = new LinkedHashSet<>();
      Matcher m = SPACED_MARK.matcher(s);
      while (m.find()) {
        if (!seen.add(m.group())) {
          twice.add(m.group());
        }
      }
      for (String mark : twice) {
        out.add(Pattern.compile("\\s+" + Pattern.quote(mark) + "\\s+"));
      }
      return out;
    }

    /**
     * {@code parts} with the last one split at the language's "and" ("B (1801) and C (1810)"), and
     * an "and" opening the last one (", and C (1810)") cut off.
     */
    private static List<String> lastJoined(List<String> parts, Language lang) {
      String last = parts.get(parts.size() - 1);
      for (String and : lang.pack().words("list-and")) {
        String a = Pattern.quote(and.toLowerCase(Locale.ROOT));
        if (last.toLowerCase(Locale.ROOT).matches("^" + a + "\\s.*")) {
          parts.set(parts.size() - 1, last.substring(and.length()).strip());
          return parts;
        }
        String[] two = last.split("(?iu)\\s+" + a + "\\s+");
        if (two.length == 2) {
          parts.set(parts.size() - 1, two[0]);
          parts.add(two[1]);
          return parts;
        }
      }
      for (String p : lang.pack().words("list-and-prefixes")) {
        // A letter written onto the last item: "B (1801) וC (1810)", "B 1801 ו-1810 C".
        String[] two = last.split("\\s+(?=" + Pattern.quote(p) + "-?[\\p{L}\\p{N}])", 2);
        if (two.length == 2) {
          parts.set(parts.size() - 1, two[0]);
          parts.add(two[1].substring(p.length()).replaceFirst("^-", ""));
          return parts;
        }
      }
      return parts;
    }

    private static boolean rows(List<String> parts) {
      if (parts.size() < RowShapes.MIN_ROWS) {
        return false;
      }
      List<RowShapes.Shape> shapes = new ArrayList<>();
      for (String p : parts) {
        RowShapes.Shape sh = RowShapes.of(p);
        if (sh == null || sh.slot() < 0 || sh.size() > MAX_SEGMENT
            || !sh.caseless() && sh.words().size() > MAX_SMALL_WORDS
            || !shapes.isEmpty() && !shapes.get(0).sameAs(sh)) {
          return false;
        }
        shapes.add(sh);
      }
      for (int k = 0; k < shapes.size(); k++) {
        if (!RowShapes.template(shapes, k)) {
          return false;
        }
      }
      // A clause whose verb the later segments leave out ("Paris fell in 1870, Rome in 1871, …")
      // has its verb in the first segment: there every small word is one the others share.
      Set<String> others = new HashSet<>();
      shapes.subList(1, shapes.size()).forEach(sh -> others.addAll(sh.words()));
      return shapes.get(0).caseless() || others.containsAll(shapes.get(0).words());
    }

  }

  private static final AtomicInteger LISTS = new AtomicInteger();

  private static final String[] PIECES = {"a", "Ab", "word", "Town", "City", "and", "và", "ו",
      "מלחמה", "Việt", " ", "  ", "\t", "\n", "\r", "\u000b", "\f", "\u0085", "\u2028", "\u00a0",
      ";", "; ", " ; ", ",", ", ", "•", " • ", "·", " | ", "|", " – ", "–", " - ", "-", " / ", "/",
      "//", "://", "http", "https://x.org/a/b", "www.", "WwW.", "ww", ".", "…", "photo", ".jpg",
      ".PDF", "…png", "/gif", "ſ", "File:", "Tập tin:", ":", "{{", "}}", "{", "}", "[[", "]]", "[",
      "]", "|notes=", "=", "==", "key=v", "'", "''", "'''", "(", ")", "()", "«", "»", "“", "”", "\"",
      "¶", "🔗", "😀", "\u0301", "Ⅻ", "½", "1795", "(1801–1850)", "12", "→", "->", "*", "#"};

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(14)
        .map(l -> String.join("", l));
  }

  private static final String[] NAMES = {"Town", "City", "Port", "Nguyễn Huệ", "חיפה", "Ab Cd",
      "Lê", "x", "the Fair", "Name"};
  private static final String[] TEMPLATES = {"%Y – %N", "%N (%Y–%Y)", "%Y %N", "%N %Y", "%N (%Y)",
      "%N: %Y", "%N in %Y", "%Y: %N, %N"};
  private static final String[] SEPS = {", ", "; ", " ; ", ";", " • ", " · ", " | ", " – ",
      " / ", " -> ", " → ", " and ", " và ", " ו", ",  ", " - ", " *** ", " ¶ ", " 😀 ", "\t–\t",
      ", and "};

  @Provide
  Arbitrary<String> listLines() {
    Arbitrary<String> row = Combinators.combine(Arbitraries.of(NAMES).list().ofSize(2),
            Arbitraries.integers().between(1000, 2030).list().ofSize(2))
        .as((n, y) -> n.get(0) + "@" + n.get(1) + "@" + y.get(0) + "@" + y.get(1));
    Arbitrary<List<String>> rows = Combinators.combine(Arbitraries.of(TEMPLATES),
            row.list().ofMinSize(2).ofMaxSize(5))
        .as((t, fills) -> {
          List<String> out = new ArrayList<>();
          for (String f : fills) {
            String[] v = f.split("@");
            out.add(t.replaceFirst("%N", v[0]).replaceFirst("%N", v[1])
                .replaceFirst("%Y", v[2]).replaceFirst("%Y", v[3]));
          }
          return out;
        });
    return Combinators.combine(rows, Arbitraries.of(SEPS),
            Arbitraries.of(SEPS), Arbitraries.of("", "", "Works: ", "Số: ", "1795: "),
            Arbitraries.of("", ".", ";", " "))
        .as((rs, sep, last, label, end) -> {
          StringBuilder b = new StringBuilder(label);
          for (int i = 0; i < rs.size(); i++) {
            if (i > 0) {
              b.append(i == rs.size() - 1 ? last : sep);
            }
            b.append(rs.get(i));
          }
          return b.append(end).toString();
        });
  }

  @Property(tries = 6000, seed = "1616")
  void aTitleCandidateIsStrippedAsAllTheExpressionsStrippedIt(@ForAll("lines") String line) {
    assertEquals(OldStrip.oldStrip(line), TopicLines.strip(line), line);
  }

  @Property(tries = 4000, seed = "1616")
  void aLineIsAListExactlyWhenEverySeparatorSaidSo(@ForAll("lines") String line) {
    for (Language lang : Language.values()) {
      assertEquals(OldInlineLists.isList(line, lang), InlineLists.isList(line, lang),
          lang + " " + line);
    }
  }

  @Property(tries = 4000, seed = "1616")
  void aGeneratedListIsAListExactlyWhenEverySeparatorSaidSo(@ForAll("listLines") String line) {
    for (Language lang : Language.values()) {
      boolean old = OldInlineLists.isList(line, lang);
      if (old) {
        LISTS.incrementAndGet();
      }
      assertEquals(old, InlineLists.isList(line, lang), lang + " " + line);
    }
  }

  @AfterContainer
  static void someGeneratedLinesWereLists() {
    assertTrue(LISTS.get() > 100, "lists among the generated lines: " + LISTS.get());
  }
}
