package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.lang.WordPatterns;

/**
 * Hebrew writes one-letter words (ו and, ה the, ב in, כ as, ל to, מ from, ש that, and their
 * combinations "וב", "שב", "מה") onto the next word, also onto a figure ("ב־1948"), a month
 * ("בדצמבר"), the year word ("בשנת 1948") or a number word ("כשלוש"). The prefix belongs to the
 * sentence, not to the answer: it stays outside the blank, and so does "שנת" (the year of).
 */
final class HebrewPrefix {
  /** The three patterns of one pack with prefix letters, built once for every such pack. */
  private record Patterns(Pattern prefix, Pattern yearWord, Pattern letters) {}

  private static final Map<String, Patterns> BY_PACK = build();

  private HebrewPrefix() {}

  private static Map<String, Patterns> build() {
    Map<String, Patterns> out = new HashMap<>();
    for (LanguagePack pack : LanguagePacks.all()) {
      if (pack.prefixes().isEmpty()) {
        continue;
      }
      // The pack's prefix letters, its month forms and its word for "the year of" ("שנת").
      List<String> letters = new ArrayList<>();
      pack.prefixes().codePoints().forEach(c -> letters.add(Character.toString(c)));
      String p = "(?:" + WordPatterns.alternation(letters) + ")";
      String months = WordPatterns.alternation(pack.monthForms().keySet());
      // A word of two ("שנות ה", the decade's) matches with any space between its parts.
      String yearWords = WordPatterns.alternation(pack.words("year-construct-words"))
          .replace(" ", "\\E\\s+\\Q");
      // A decade in words after the decade's word: "בשנות החמישים" (the fifties) as "בשנות ה-50".
      List<String> tens = new ArrayList<>();
      pack.numerals().forEach((w, n) -> {
        if (n.starts() && n.value() >= 10 && n.value() <= 90 && n.value() % 10 == 0) {
          tens.add(w);
        }
      });
      String decade = tens.isEmpty() ? "" : "|(?:" + WordPatterns.alternation(tens) + ")(?!\\p{L})";
      out.put(pack.code(), new Patterns(
          Pattern.compile("^(" + p + "{1,3})[\\-־\"'׳]?(?=\\p{N}|(?:" + months + ")(?!\\p{L}))"),
          /* The year word with its prefixes, before the year's digits: "בשנת 1948", "משנת ־1948";
             so are the decade and century words before theirs ("בשנות ה-30", "בשנות השלושים",
             "במאה ה-18"). */
          Pattern.compile("^" + p + "{0,3}(?:" + yearWords + ")\\s*[\\-־]?\\s*(?=\\p{N}" + decade
              + ")"),
          Pattern.compile("^(" + p + "{1,3})[\\-־]?(\\p{L}+)")));
    }
    return Map.copyOf(out);
  }

  /** How many characters at the start of a fact's text are a prefix (with its hyphen). */
  static int length(LanguagePack pack, String factText) {
    Patterns ps = BY_PACK.get(pack.code());
    if (ps == null) {
      return 0;
    }
    Matcher y = ps.yearWord().matcher(factText);
    if (y.find()) {
      return y.end();
    }
    Matcher m = ps.prefix().matcher(factText);
    return m.find() ? m.end() : 0;
  }

  /**
   * As {@link #length(LanguagePack, String)}, also for a number word ("כשלוש" is "about three"): letters are a
   * prefix only when the word is not itself a numeral and what follows them is one.
   */
  static int length(LanguagePack pack, String factText, Set<String> numeralWords) {
    int k = length(pack, factText);
    if (k > 0) {
      return k;
    }
    Patterns ps = BY_PACK.get(pack.code());
    Matcher m = ps == null ? null : ps.letters().matcher(factText);
    if (m == null || !m.find() || numeralWords.contains(m.group(1) + m.group(2))) {
      return 0;
    }
    String p = m.group(1);
    for (int i = 1; i <= p.length(); i++) {
      if (numeralWords.contains(factText.substring(i).split("[\\s\\-־]", 2)[0])) {
        return i + (factText.charAt(i) == '-' || factText.charAt(i) == '־' ? 1 : 0);
      }
    }
    return 0;
  }
}
