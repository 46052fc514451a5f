package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * The other end of a range written beside a figure in the language's own number words ("from
 * fifteen to _____", "בין _____ לשלושים", "từ _____ đến ba mươi"): a range connector of the pack
 * ({@code range-connectors}, {@code range-alternatives}, the join after {@code range-between},
 * or a {@code range-connector-prefixes} letter written onto the next word) between the figure
 * and a word of the pack's numerals or digits ("between _____ and 30", "15 or _____").
 */
final class RangeNeighbours {
  private record Patterns(Pattern after, Pattern before, Pattern prefixed, Pattern lastWord,
      Pattern afterBetween, Pattern joinAfter, Pattern joinBefore, Map<String, ?> numerals,
      String prefixes) {}

  /** Compiled once per language that has range connectors. */
  private static final Map<Language, Patterns> PATTERNS =
      LangWords.perLanguage(RangeNeighbours::compile);

  private RangeNeighbours() {}

  /**
   * True when a number word is the other end of a range written next to the figure at
   * {@code start..end} of {@code text} (a connector letter may open the figure: "ל-20").
   */
  static boolean besideBlank(Language lang, String text, int start, int end, Span sentence) {
    Patterns p = PATTERNS.get(lang);
    if (p == null) {
      return false;
    }
    String after = text.substring(end, Math.min(sentence.end(), end + 40));
    String before = text.substring(Math.max(sentence.start(), start - 40), start);
    if (numeral(p, p.after().matcher(after))) {
      return true;
    }
    // "and", "và" join a range only after "between", "giữa": "between _____ and 30".
    if (p.afterBetween() != null && p.afterBetween().matcher(before).find()
        && numeral(p, p.joinAfter().matcher(after))
        || p.joinBefore() != null && numeral(p, p.joinBefore().matcher(before))) {
      return true;
    }
    return numeral(p, (p.prefixed() != null
        && p.prefixed().matcher(text.substring(start, end)).find() ? p.lastWord() : p.before())
        .matcher(before));
  }

  private static boolean numeral(Patterns p, Matcher m) {
    return m.find() && numeral(p, m.group(1));
  }

  private static boolean numeral(Patterns p, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    // A compound's last word may carry a joining letter ("עשרים ואחת").
    return Character.isDigit(w.charAt(0)) || p.numerals().containsKey(w) || w.contains("-")
        && p.numerals().containsKey(w.substring(0, w.indexOf('-')))
        || w.length() > 2 && p.prefixes().indexOf(w.charAt(0)) >= 0
        && p.numerals().containsKey(w.substring(1));
  }

  private static Patterns compile(Language lang) {
    String words = LangWords.alternation(lang, "range-connectors", "range-alternatives");
    String between = LangWords.alternation(lang, "range-between");
    String joins = LangWords.alternation(lang, "range-between-join");
    List<String> prefixes = new ArrayList<>();
    for (String p : new java.util.TreeSet<>(lang.pack().words("range-connector-prefixes"))) {
      prefixes.add(Pattern.quote(p) + "[־-]?");
    }
    if (words == null && prefixes.isEmpty()) {
      return null;
    }
    String percent = "\\s*(?:%|" + GiveawayWords.PERCENT + ")?\\s*";
    String dashOrWord = "(?:[–—-]\\s*" + (words == null ? "" : "|(?:" + words + ")\\s+") + ")";
    String join = prefixes.isEmpty() ? dashOrWord
        : "(?:" + dashOrWord + "|\\s(?:" + String.join("|", prefixes) + ")(?=\\p{L}))";
    String word = "([\\p{L}\\p{M}][\\p{L}\\p{M}'-]*|\\p{N}+)";
    String edge = "(?iu)(?<![\\p{L}\\p{M}])";
    Pattern after = Pattern.compile("(?iu)^" + percent + join + word);
    // Before the figure a connector is a word or a dash; a connector letter is written onto
    // the figure itself ("ל-20"), so there the word before it is the other end.
    Pattern before = Pattern.compile(edge + word + percent + dashOrWord + "$");
    Pattern prefixed = prefixes.isEmpty() ? null
        : Pattern.compile("^(?:" + String.join("|", prefixes) + ")(?=[\\p{L}\\p{N}])");
    Pattern lastWord = Pattern.compile(edge + word + "\\s+$");
    boolean paired = between != null && joins != null;
    return new Patterns(after, before, prefixed, lastWord,
        paired ? Pattern.compile(edge + "(?:" + between + ")\\s+$") : null,
        paired ? Pattern.compile("(?iu)^" + percent + "(?:" + joins + ")\\s+" + word) : null,
        paired ? Pattern.compile(edge + "(?:" + between + ")\\s+" + word + percent + "(?:"
            + joins + ")\\s+$") : null,
        lang.pack().numerals(), lang.pack().prefixes());
  }
}
