package org.factdrill.generate;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hebrew writes one-letter words (ו and, ה the, ב in, כ as, ל to, מ from, ש that, and their
 * combinations "וב", "שב", "מה") onto the next word, also onto a figure ("ב־1948"), a month
 * ("בדצמבר"), the year word ("בשנת 1948") or a number word ("כשלוש"). The prefix belongs to the
 * sentence, not to the answer: it stays outside the blank, and so does "שנת" (the year of).
 */
final class HebrewPrefix {
  private static final Pattern PREFIX = Pattern.compile(
      "^([ובלמהכש]{1,3})[\\-־\"'׳]?(?=\\p{N}|(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|"
          + "ספטמבר|אוקטובר|נובמבר|דצמבר)(?!\\p{L}))");
  /**
   * The year word with its prefixes, before the year's digits: "בשנת 1948", "משנת ־1948"; so are
   * the decade and century words before theirs ("בשנות ה-30", "במאה ה-18").
   */
  private static final Pattern YEAR_WORD = Pattern.compile(
      "^[ובלמהכש]{0,3}(?:שנת|שנות\\s+ה|מאה\\s+ה)\\s*[\\-־]?\\s*(?=\\p{N})");
  private static final Pattern LETTERS = Pattern.compile("^([ובלמהכש]{1,3})[\\-־]?(\\p{L}+)");

  private HebrewPrefix() {}

  /** How many characters at the start of a Hebrew fact's text are a prefix (with its hyphen). */
  static int length(String factText) {
    Matcher y = YEAR_WORD.matcher(factText);
    if (y.find()) {
      return y.end();
    }
    Matcher m = PREFIX.matcher(factText);
    return m.find() ? m.end() : 0;
  }

  /**
   * As {@link #length(String)}, also for a number word ("כשלוש" is "about three"): letters are a
   * prefix only when the word is not itself a numeral and what follows them is one.
   */
  static int length(String factText, Set<String> numeralWords) {
    int k = length(factText);
    if (k > 0) {
      return k;
    }
    Matcher m = LETTERS.matcher(factText);
    if (!m.find() || numeralWords.contains(m.group(1) + m.group(2))) {
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
