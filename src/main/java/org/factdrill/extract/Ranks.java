package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A rank written in digits is a figure where the sentence ranks something by it, and a name's
 * word where it opens a name. Two word orders:
 * <ul>
 *   <li>ordinal first ("32nd", pack {@code ordinal-endings}): a figure before a common noun
 *       written in lower case ("the 60th anniversary", "our 50th state", "the 2nd place"), or
 *       before a title that the pack's {@code rank-links} ties to what it ranks within ("the
 *       32nd President of the Republic"); before a capitalised name alone ("the 116th Congress",
 *       "1st Class", "the 38th Parallel") it is that name's, and before a word of the pack's
 *       {@code ordinal-day-words} ("the 19th instant") a day;</li>
 *   <li>noun first (pack {@code ordinal-markers}: Hebrew "ה־", Vietnamese "thứ" before the
 *       digits): a figure only after a word of the pack's {@code rank-nouns}, the words that name
 *       a place in a ranking or an anniversary ("במקום ה־36", "xếp thứ 2", "sinh nhật lần thứ
 *       75"); after another noun the ordinal names a series' member ("הכנסת ה-20", "Đại hội lần
 *       thứ 3", "năm Minh Mạng thứ 3"), no figure.</li>
 * </ul>
 * Asked at a digits token only, with the token arrays read before any word set.
 */
final class Ranks {
  private Ranks() {}

  /** The rank at digits token i as a number over its digits (and ending), or null. */
  static Match at(Toks t, int i, Lexicon lex) {
    if (!t.isDigits(i) || t.isBlocked(i)) {
      return null;
    }
    if (t.isWordTok(i + 1) && t.attached(i + 1)) { // "32nd"
      return endingFirst(t, i, lex) ? Match.of(i, i + 2, FactKind.NUMBER, value(t, i)) : null;
    }
    return markerFirst(t, i, lex) ? Match.of(i, i + 1, FactKind.NUMBER, value(t, i)) : null;
  }

  /**
   * True for Hebrew "הכנסת ה-12", "המאה ה-20": the definite article before the digits makes an
   * ordinal, and one that is no rank figure and no date (a date "ה-14 במאי" has its month after
   * it; a decade "שנות ה-90" and a century "המאה ה-17" are read by the date recognizer).
   */
  static boolean namesOrdinal(Toks t, int i, Lexicon lex) {
    return t.attached(i) && t.isDash(i - 1) && t.attached(i - 1) && t.isWordTok(i - 2)
        && lex.words(WordList.ORDINAL_ARTICLES).contains(t.norm(i - 2))
        && lex.month(t.norm(i + 1)) == 0
        && !(t.isPunct(i + 1, '.') || t.isPunct(i + 1, '/'))
        && lex.words(WordList.ORDINAL_ARTICLE_DECADES).stream().noneMatch(t.norm(i - 3)::contains)
        && lex.prefixLength(t.norm(i - 3),
            lex.words(WordList.ORDINAL_ARTICLE_CENTURIES)::contains) < 0
        && !markerFirst(t, i, lex);
  }

  private static boolean endingFirst(Toks t, int i, Lexicon lex) {
    Set<String> links = lex.words(WordList.RANK_LINKS);
    int k = i + 2;
    if (links.isEmpty() || t.isWordTok(i - 1) && t.attached(i)
        || !lex.filtered().has(WordList.ORDINAL_ENDINGS, t, i + 1)
        || !t.isWordTok(k) || t.attached(k) || t.isBlocked(k)) {
      return false;
    }
    String next = t.norm(k);
    if (lex.words(WordList.FUNCTION_WORDS).contains(next)
        || lex.words(WordList.ORDINAL_DAY_WORDS).contains(next) || lex.month(next) != 0) {
      return false;
    }
    // "the 116th Congress": the name's own word, unless a link ties the title to what it ranks.
    return !t.capitalized(k) || t.isWordTok(k + 1) && links.contains(t.norm(k + 1));
  }

  /** "במקום ה־36", "xếp thứ 2": a marker before the digits and a rank noun before it. */
  static boolean markerFirst(Toks t, int i, Lexicon lex) {
    if (lex.words(WordList.ORDINAL_MARKERS).isEmpty()) {
      return false;
    }
    int m = i - 1;
    if (t.isDash(m) && t.attached(i)) {
      m--; // "ה־36": the maqaf between the article and the digits
    }
    if (!lex.filtered().has(WordList.ORDINAL_MARKERS, t, m)
        || t.isWordTok(i + 1) && lex.month(t.norm(i + 1)) != 0) {
      return false;
    }
    int n = m - 1;
    if (!t.isWordTok(n)) {
      return false;
    }
    // The rank noun ends right before the marker: one word ("hạng", "במקום" with its prefix
    // letter) or up to three ("sinh nhật lần": the birthday's time).
    Set<String> rankNouns = lex.words(WordList.RANK_NOUNS);
    boolean ranked = lex.prefixLength(t.norm(n), rankNouns::contains) >= 0;
    String phrase = t.norm(n);
    for (int k = n - 1; !ranked && k >= n - 2 && t.isWordTok(k); k--) {
      phrase = t.norm(k) + " " + phrase;
      ranked = rankNouns.contains(phrase);
    }
    return ranked;
  }

  private static Value value(Toks t, int i) {
    return new Value.Num(new BigDecimal(t.get(i).text()));
  }
}
