package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A clause of a law's or decree's article that prescribes ("1. Ba ngày trước Ngày X, Bộ trưởng
 * triệu tập …", "Three days before Founders' Day, the Minister convenes …") is a rule, not an
 * event: its time is counted from a recurring day ("<count> <day unit> <before/after>"), and it
 * stands under an article heading ("Điều 7.", "Article 7:", a line opening with the pack's
 * article word and a number). Its figures are not worth a blank; a date with its year in the same
 * clause, and every dated event elsewhere in the document, stay asked. Pack data:
 * {@code article-heads}, {@code rule-day-units}, {@code rule-day-links}.
 */
final class ArticleRules {
  /** How far back (characters) an article heading is looked for. */
  private static final int REACH = 4000;

  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[ivxlc]+");

  private ArticleRules() {}

  /** True when fact {@code f} of sentence {@code s} is a figure of a prescribing clause. */
  static boolean prescribes(Language lang, String text, Span s, Fact f) {
    if (f.value() instanceof Value.Date d && d.year() > 0) {
      return false;
    }
    if (Deadlines.prescribes(lang, text, s)) {
      return true;
    }
    Set<String> links = lang.pack().words("rule-day-links");
    if (links.isEmpty() || !countedFromADay(lang, text, s, links)) {
      return false;
    }
    return underArticle(lang, text, s.start());
  }

  /**
   * True when the sentence holds "<count> <day unit> <before/after>", or, in the other order a
   * language may use, "<before/after> <the day's name> <count> <day unit>" in one clause ("Trước
   * Ngày X 3 ngày", "Sau Tết từ 2 đến 4 ngày": the name opens with a capital, the count, or a
   * range's end, stands right before the unit and is no day of a date).
   */
  private static boolean countedFromADay(Language lang, String text, Span s, Set<String> links) {
    Set<String> units = lang.pack().words("rule-day-units");
    String[] w = s.of(text).toLowerCase(Locale.ROOT).split("[\\s,;:()]+");
    for (int i = 1; i + 1 < w.length; i++) {
      if (units.contains(w[i]) && (links.contains(w[i + 1])
          || i + 2 < w.length && links.contains(w[i + 1] + " " + w[i + 2]))
          && count(lang, w[i - 1])) {
        return true;
      }
    }
    for (String clause : CLAUSE.split(s.of(text))) {
      if (linkFirst(lang, clause.strip().split("\\s+"), links, units)) {
        return true;
      }
    }
    return false;
  }

  /** Clause marks: the link-first order keeps its day's name and count in one clause. */
  private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[,;:()]");

  /** Words a day's name may take between the link and the count ("Ngày Hội Làng Alvira"). */
  private static final int NAME_WORDS = 8;

  private static boolean linkFirst(Language lang, String[] w, Set<String> links, Set<String> units) {
    Set<String> dayWords = lang.pack().words("day-words");
    for (int j = 0; j + 3 < w.length; j++) {
      String one = w[j].toLowerCase(Locale.ROOT);
      int k = links.contains(one) ? j + 1
          : links.contains(one + " " + w[j + 1].toLowerCase(Locale.ROOT)) ? j + 2 : -1;
      if (k < 0 || k >= w.length || w[k].isEmpty() || !Character.isUpperCase(w[k].codePointAt(0))) {
        continue; // "sau khi …", "trước đó …": no day's name after the link
      }
      for (int m = k + 1; m + 1 < w.length && m <= k + NAME_WORDS; m++) {
        if (count(lang, w[m].toLowerCase(Locale.ROOT)) && units.contains(w[m + 1].toLowerCase(Locale.ROOT))
            && !dayWords.contains(w[m - 1].toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean count(Language lang, String word) {
    return !word.isEmpty() && (Character.isDigit(word.codePointAt(0))
        || lang.pack().numerals().containsKey(word));
  }

  /** True when a line before {@code at} (within {@link #REACH}) opens with an article heading. */
  static boolean underArticle(Language lang, String text, int at) {
    Set<String> heads = lang.pack().words("article-heads");
    int end = at;
    int floor = Math.max(0, at - REACH);
    while (end > floor) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end).strip().toLowerCase(Locale.ROOT);
      int sp = line.indexOf(' ');
      if (sp > 0 && heads.contains(line.substring(0, sp))) {
        String rest = line.substring(sp + 1);
        int k = 0;
        while (k < rest.length() && Character.isLetterOrDigit(rest.charAt(k))) {
          k++;
        }
        if (k > 0 && k < rest.length() && ".:".indexOf(rest.charAt(k)) >= 0
            && (Character.isDigit(rest.charAt(0)) || ROMAN.matcher(rest.substring(0, k)).matches())) {
          return true;
        }
      }
      end = start - 1;
    }
    return false;
  }
}
