package org.factdrill.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines of a page's chrome that name no topic, whatever their class: a text-size control (a label,
 * then a minus and a plus: "Text size − +", "A- A+"; one ending a headline is cut off it,
 * {@link #withoutSizeControl}), a date line made of a weekday alone or a
 * weekday with only a date, a site's banner ("An official website of …", pack {@code banner}),
 * a row of keywords (five or more one- or two-word items between commas: a site's tagline of
 * themes), a scanned book page's running head (a line in capitals ending in its page number:
 * "AREA AND TRADE 1353"; the number is a page's, never a year). None is ever a document's title
 * or a question's context line. A menu's links run
 * together ("Early periodMiddle agesLate period") are no context line either ({@link #menuRun});
 * the title chooser keeps them, so that the context falls back to the file name's words rather
 * than to a weaker line of chrome.
 */
public final class ChromeLines {
  /** One token of a size control: a minus or a plus, maybe with the letter it sizes ("A-", "a+"). */
  private static final Pattern SIZE_TOKEN = Pattern.compile("[Aa]?[-−–+][Aa]?|[Aa]");
  /** A date of digits ("12/05/2014", "3.5.1990", "2014-05-12"). */
  private static final Pattern DIGIT_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}(?:[./-]\\d{1,4})?");
  /** A size control's label ("Text size", "Cỡ chữ") has at most this many words. */
  private static final int SIZE_LABEL_WORDS = 3;
  /** A row of keywords has at least this many items. */
  private static final int KEYWORDS = 5;
  /** An item of a row of keywords has at most this many words. */
  private static final int KEYWORD_WORDS = 2;

  /** A running head's name has at least this many capitals. */
  private static final int CAPS_LETTERS = 8;

  private ChromeLines() {}

  /** True when {@code line} is page chrome that can name no topic (see the class comment). */
  public static boolean isChrome(String line, LayoutWords w) {
    String t = line.strip();
    if (sizeControl(t)) {
      // A label alone before the control, or chrome before the label ("Monday, 3 May 2010 Text
      // size − +"); a headline before it is kept, the control cut off (withoutSizeControl).
      String rest = withoutSizeControl(t);
      String before = w.withoutButtons(rest).strip();
      return LayoutClassifier.words(rest) <= SIZE_LABEL_WORDS || before.isEmpty() || isChrome(before, w);
    }
    return weekdayLine(t, w) || w.opensBanner(t) || keywordRow(t)
        || runningHead(t, w);
  }

  /**
   * True when the line is a scanned page's running head: two or more words in capitals (a
   * section's or the book's name), then a page number of one to four digits ending the line. A
   * headline in capitals ends in a word or a date; a year after a function word ("TRADE IN 1871")
   * or a comma belongs to the headline.
   */
  static boolean runningHead(String line, LayoutWords w) {
    int digits = line.length();
    while (digits > 0 && Character.isDigit(line.charAt(digits - 1))) {
      digits--;
    }
    if (line.length() - digits == 0 || line.length() - digits > 4 || digits == 0
        || !Character.isWhitespace(line.charAt(digits - 1))) {
      return false;
    }
    String[] words = line.substring(0, digits).strip().split("\\s+");
    String last = words[words.length - 1];
    if (words.length < 2 || !Character.isLetter(last.charAt(last.length() - 1))
        || w.language().pack().words("sentence-openers").contains(last.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int upper = 0;
    for (String x : words) {
      for (int i = 0; i < x.length(); i++) {
        char c = x.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    return upper >= CAPS_LETTERS;
  }

  /**
   * The line without the text-size control ending it ("Headline Text size A- A+" gives "Headline
   * Text size"; the label is the pack's {@code buttons}); the line itself when none ends it.
   */
  public static String withoutSizeControl(String line) {
    if (!sizeControl(line)) {
      return line;
    }
    String[] tok = line.strip().split("\\s+");
    int i = tok.length;
    while (i > 0 && SIZE_TOKEN.matcher(tok[i - 1]).matches()) {
      i--;
    }
    return String.join(" ", java.util.Arrays.asList(tok).subList(0, i));
  }

  /** True when the line ends in a text-size control: a minus and a plus, in either order. */
  static boolean sizeControl(String line) {
    String[] tok = line.strip().split("\\s+");
    boolean minus = false;
    boolean plus = false;
    for (int i = tok.length - 1; i >= 0 && SIZE_TOKEN.matcher(tok[i]).matches(); i--) {
      minus |= tok[i].matches(".*[-−–].*");
      plus |= tok[i].contains("+");
    }
    return minus && plus;
  }

  /**
   * True when the line is a weekday alone, or a weekday with a date and at most one other word
   * ("Monday, 3 May 2010", "Thứ Hai, ngày 12/05/2014"): a page's date line, no headline
   * ("Bloody Sunday" names an event: a word beside the weekday and no date).
   */
  static boolean weekdayLine(String line, LayoutWords w) {
    if (!w.hasWeekday(line)) {
      return false;
    }
    String rest = w.months().matcher(w.withoutWeekdays(line)).replaceAll(" ");
    boolean date = DIGIT_DATE.matcher(line).find() || !rest.equals(w.withoutWeekdays(line))
        && line.matches("(?s).*\\d.*");
    if (!w.yearWord().isEmpty()) {
      rest = rest.replaceAll("(?iu)(?<!\\p{L})" + Pattern.quote(w.yearWord()) + "(?!\\p{L})", " ");
    }
    String words = rest.replaceAll("[\\d\\p{P}\\p{S}\\s]+", " ").strip();
    int n = words.isEmpty() ? 0 : words.split(" ").length;
    return n == 0 || n == 1 && date;
  }

  /** True when the line is five or more short items between commas, and no sentence. */
  static boolean keywordRow(String line) {
    if (LayoutClassifier.terminal(line)) {
      return false;
    }
    String[] items = line.split("\\s*[,،]\\s*");
    if (items.length < KEYWORDS) {
      return false;
    }
    for (int i = 0; i < items.length; i++) {
      String x = items[i].strip();
      // (the last item may be joined by a conjunction: "…, Trade and Exploration")
      int most = KEYWORD_WORDS + (i == items.length - 1 ? 1 : 0);
      if (x.isEmpty() || x.split("\\s+").length > most) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code line} glues two or more words lower case to capital, as a menu does. */
  public static boolean menuRun(String line) {
    int glued = 0;
    for (int i = 1; i < line.length(); i++) {
      if (Character.isLowerCase(line.charAt(i - 1)) && Character.isUpperCase(line.charAt(i))) {
        glued++;
      }
    }
    return glued >= 2;
  }
}
