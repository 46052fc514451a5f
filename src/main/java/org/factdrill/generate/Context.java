package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.factdrill.text.Span;

/**
 * What a question needs to stand on its own: the document's topic (its title, and the nearest
 * heading before the fact) as a short context line; whether a sentence is prose or layout (a
 * headline, caption, infobox row or reference entry ends without a sentence mark); and whether a
 * sentence opens with a word pointing back to the sentence before it.
 */
final class Context {
  private static final int MAX_HEADING = 120;
  private static final int MAX_CONTEXT = 140;
  /** Cell separators, template fields ("|date=", "{{"), markup left in the text. */
  private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile(
      "\\||\\{\\{|\\}\\}|\\t|(?<=\\p{L})=(?=\\S)|</?\\p{Alpha}+[^>]*>");

  private final Map<Language, Set<String>> backWords = new java.util.HashMap<>();
  private final Map<Language, Set<String>> pronouns = new java.util.HashMap<>();

  Context() {
    for (Language l : Language.values()) {
      Set<String> words = new TreeSet<>();
      Set<String> p = new TreeSet<>();
      for (String name : List.of("pronouns", "connectives")) {
        for (String w : LangWords.lines(l, name)) {
          words.add(w.toLowerCase(Locale.ROOT));
          if (name.equals("pronouns")) {
            p.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
      backWords.put(l, words);
      pronouns.put(l, p);
    }
  }

  /** One document's headings and sentences. */
  final class Doc {
    private final Document doc;
    private final List<Span> headings = new ArrayList<>();
    private final List<Span> sentences;
    private final String title;

    Doc(Document doc) {
      this.doc = doc;
      String t = doc.text();
      List<int[]> lines = new ArrayList<>();
      for (int pos = 0; pos <= t.length(); ) {
        int nl = t.indexOf('\n', pos);
        int end = nl < 0 ? t.length() : nl;
        lines.add(new int[] {pos, end});
        pos = end + 1;
      }
      String firstTitle = null;
      boolean firstBlock = true;
      for (int i = 0; i < lines.size(); i++) {
        int[] l = lines.get(i);
        String line = t.substring(l[0], l[1]).strip();
        if (line.isEmpty()) {
          continue;
        }
        boolean blankBefore = i == 0 || t.substring(lines.get(i - 1)[0], lines.get(i - 1)[1])
            .isBlank();
        boolean blankAfter = i + 1 == lines.size()
            || t.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).isBlank();
        if (blankBefore && blankAfter && headingShaped(line, firstBlock)) {
          headings.add(new Span(l[0], l[1]));
          if (firstBlock) {
            firstTitle = line;
          }
        }
        firstBlock = false;
      }
      this.title = firstTitle == null ? null : shorten(PromptBuilder.clean(firstTitle));
      this.sentences = Sentences.split(t, doc.lang());
    }

    /** The document's title, or null when its first line is not title-shaped. */
    String title() {
      return title;
    }

    /** The context line for a fact at {@code pos}: title, and the nearest heading if another. */
    String line(int pos) {
      String heading = null;
      for (Span h : headings) {
        if (h.end() <= pos) {
          heading = shorten(PromptBuilder.clean(h.of(doc.text())));
        }
      }
      if (title == null) {
        return heading;
      }
      if (heading == null || same(heading, title)
          || title.length() + heading.length() + 3 > MAX_CONTEXT) {
        return title;
      }
      return title + " — " + heading;
    }

    /** True when the sentence is a heading, caption, infobox row or the like, not prose. */
    boolean isLayout(Span sentence) {
      for (Span h : headings) {
        if (h.overlaps(sentence)) {
          return true;
        }
      }
      String s = PromptBuilder.clean(sentence.of(doc.text()));
      if (TABLE.matcher(s).find()) {
        return true; // table cells, infobox or template fields: "Signed | 28 June 1919 |"
      }
      String core = s.replaceAll("[\\s\"'”’»)\\]]+$", "");
      // A colon or semicolon at the end opens a list or a cut clause: not a whole sentence.
      if (core.matches("(?s).*[.!?…]$")) {
        return s.contains("\t") || s.matches("(?iu).*\\b(?:ISBN|ISSN|doi:|retrieved)\\b.*");
      }
      // No sentence mark at its end: prose only when it is a long run of words (a clipped
      // paragraph), never a short line (headline, caption, "Label: value" row).
      return s.length() < 120 || s.split("\\s+").length < 15;
    }

    /** The sentence before the one at {@code s}, in the same paragraph; null if none. */
    Span previous(Span s) {
      Span prev = null;
      for (Span x : sentences) {
        if (x.end() <= s.start()) {
          prev = x;
        }
      }
      if (prev == null || doc.text().substring(prev.end(), s.start()).contains("\n\n")) {
        return null;
      }
      return prev;
    }
  }

  Doc of(Document doc) {
    return new Doc(doc);
  }

  /** True when {@code text} opens with a pronoun, demonstrative or connective of its language. */
  boolean pointsBack(Language lang, String text) {
    return opensWith(lang, text, backWords.getOrDefault(lang, Set.of()));
  }

  /**
   * True when {@code text} opens with a pronoun or demonstrative (a clause cut out of a longer
   * sentence may open with "and", but not with "they").
   */
  boolean opensWithPronoun(Language lang, String text) {
    return opensWith(lang, text, pronouns.getOrDefault(lang, Set.of()));
  }

  /**
   * How many characters of {@code text} (from its start) are a connective opening it ("Moreover, ",
   * "Vì vậy, ", "And "), with the comma and spaces after it; 0 when it opens otherwise. The
   * clause after a connective stands on its own once the connective is taken off.
   */
  int connectiveLength(Language lang, String text) {
    Set<String> pro = pronouns.getOrDefault(lang, Set.of());
    String lower = text.toLowerCase(Locale.ROOT);
    int best = 0;
    for (String w : backWords.getOrDefault(lang, Set.of())) {
      if (!pro.contains(w) && lower.startsWith(w) && (lower.length() == w.length()
          || !Character.isLetterOrDigit(lower.charAt(w.length()))) && w.length() > best) {
        best = w.length();
      }
    }
    if (best == 0) {
      return 0;
    }
    int i = best;
    while (i < text.length() && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return i < text.length() ? i : 0;
  }

  private static boolean opensWith(Language lang, String text, Set<String> words) {
    String t = text.replaceFirst("^[\\s…\"'“‘«(\\-–—]+", "").toLowerCase(Locale.ROOT);
    if (startsWithAny(t, words)) {
      return true;
    }
    // Hebrew glues "and", "that", "as" onto the next word: "והם", "וזה".
    String prefixes = lang.pack().setting("clause-prefixes", "");
    return !t.isEmpty() && prefixes.indexOf(t.charAt(0)) >= 0
        && startsWithAny(t.substring(1), words);
  }

  private static boolean startsWithAny(String t, Set<String> words) {
    for (String w : words) {
      if (t.startsWith(w) && (t.length() == w.length()
          || !Character.isLetterOrDigit(t.charAt(w.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line that can name a topic: short, no sentence mark at its end (citation marks aside). A
   * line after the first must not be a date line ("5 October 2020") or a byline ("Clara Weiss":
   * two or three capitalized words), which name no topic.
   */
  private static boolean headingShaped(String line, boolean first) {
    String l = PromptBuilder.clean(line).replaceAll("^[#=*\\s]+|[#=*\\s]+$", "");
    if (l.isEmpty() || l.length() > MAX_HEADING || l.matches("(?s).*[.!?…;,:]$")) {
      return false;
    }
    String[] words = l.split("\\s+");
    int lettered = 0;
    boolean lower = false;
    for (String w : words) {
      if (w.codePoints().filter(Character::isLetter).count() >= 2) {
        lettered++;
        lower |= Character.isLowerCase(w.codePointAt(0));
      }
    }
    if (words.length > 20 || lettered == 0) {
      return false;
    }
    if (first) {
      return true;
    }
    boolean dateLine = l.matches(".*\\d{3,}.*") && lettered <= 2;
    boolean byline = !lower && words.length <= 3 && lettered == words.length
        && l.codePoints().anyMatch(Character::isUpperCase);
    return !dateLine && !byline;
  }

  private static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return s.replaceAll("[’‘`´]", "'").replaceAll("[“”]", "\"").toLowerCase(Locale.ROOT);
  }

  private static String shorten(String s) {
    String t = s.replace('_', ' ').replaceAll("\\s+", " ").strip();
    if (t.length() <= MAX_CONTEXT) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX_CONTEXT - 2);
    return t.substring(0, cut < 0 ? MAX_CONTEXT - 2 : cut) + " …";
  }
}
