package org.factdrill.extract;

/**
 * A saying quoted in a text: a short run of words between quotation marks on one line, with no
 * digits, that holds two or more numerals of one word each ("“một điều nhịn, chín điều lành”",
 * "“ba chìm bảy nổi”"). Its numerals weigh one thing against another; they count nothing the
 * story states. A quoted count with its scale ("“ba vạn quân và hai trăm chiến thuyền”") counts.
 */
final class Sayings {
  /** The most words a saying holds on either side of a numeral. */
  private static final int REACH = 10;

  private Sayings() {}

  /** True when the numeral in words {@code q} stands in a quoted saying. */
  static boolean inSaying(Toks t, Quantity q, Lexicon lex) {
    // Only where the pack tells figures of speech (round-figure-words): English dialogue's "one,
    // two" (the Gutenberg golden file) stays as it was.
    if (q.hasDigits() || q.to() != q.from() + 1 || lex.words(WordList.ROUND_FIGURE_WORDS).isEmpty()) {
      return false; // "ba vạn quân": a count with its scale is said to count
    }
    int open = -1;
    for (int k = q.from() - 1; k >= 0 && q.from() - k <= REACH; k--) {
      if (opening(t, k)) {
        open = k;
        break;
      }
      if (t.lineBreakBefore(k + 1) || t.isDigits(k) || closing(t, k)) {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    int others = 0;
    for (int k = open + 1; k < t.size() && k - q.to() <= REACH; k++) {
      if (k > open + 1 && t.lineBreakBefore(k) || t.isDigits(k)) {
        return false;
      }
      if (closing(t, k)) {
        return others > 0;
      }
      // (the year's word, Vietnamese "năm", is also five: not counted)
      if ((k < q.from() || k >= q.to()) && t.isWordTok(k) && lex.number(t.norm(k)) != null
          && !lex.words(WordList.YEAR_WORDS).contains(t.norm(k))) {
        if (t.isWordTok(k + 1) && lex.number(t.norm(k + 1)) != null) {
          return false; // "hai trăm chiến thuyền": a count with its scale
        }
        others++;
      }
    }
    return false;
  }

  private static boolean opening(Toks t, int k) {
    return t.isPunct(k, '“') || t.isPunct(k, '«')
        || t.isPunct(k, '"') && t.attached(k + 1) && (k == 0 || !t.attached(k));
  }

  private static boolean closing(Toks t, int k) {
    return t.isPunct(k, '”') || t.isPunct(k, '»') || t.isPunct(k, '"') && t.attached(k);
  }
}
