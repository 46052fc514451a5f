package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hebrew writes one-letter words (ו and, ה the, ב in, כ as, ל to, מ from, ש that, and their
 * combinations "וב", "שב", "מה") onto the next word, also onto a figure ("ב־1948") or a month
 * ("בדצמבר"). The prefix belongs to the sentence, not to the answer: it stays outside the blank.
 */
final class HebrewPrefix {
  private static final Pattern PREFIX = Pattern.compile(
      "^([ובלמהכש]{1,3})[\\-־\"'׳]?(?=\\p{N}|(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|"
          + "ספטמבר|אוקטובר|נובמבר|דצמבר)(?!\\p{L}))");

  private HebrewPrefix() {}

  /** How many characters at the start of a Hebrew fact's text are a prefix (with its hyphen). */
  static int length(String factText) {
    Matcher m = PREFIX.matcher(factText);
    return m.find() ? m.end() : 0;
  }
}
