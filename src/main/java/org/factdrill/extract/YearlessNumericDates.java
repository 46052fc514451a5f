package org.factdrill.extract;

/**
 * A day and month written as two numbers and a slash with no year ("3/15", "15/3"), in the order
 * the pack declares. The same two numbers are also a fraction ("2/3 of"), so they are a date only
 * where the text uses them as one: after a word that introduces a day (the pack's
 * {@code day-prepositions}: "on 3/15"), or as the label that opens a line of a chronology
 * ("3/15 – The fleet sails", "3/15: …"), alone or as the first end of a range ("5/27–6/3").
 * A year from the context fills them later, as for "May 5".
 */
final class YearlessNumericDates {
  private YearlessNumericDates() {}

  /** The date (or range) at token i, or null. */
  static DateRecognizer.Hit at(Toks t, int i, boolean monthFirst, Lexicon lex) {
    DateParts a = pair(t, i, monthFirst);
    if (a == null || t.isDigits(i - 1) && t.attached(i)
        || (t.isPunct(i - 1, '/') || t.isPunct(i - 1, '.')) && t.attached(i)) {
      return null;
    }
    boolean introduced = t.isWordTok(i - 1)
        && lex.words(WordList.DAY_PREPOSITIONS).contains(t.norm(i - 1));
    int after = i + 3;
    if (t.isDash(after) && !t.isBlocked(after + 1)) {
      DateParts b = pair(t, after + 1, monthFirst);
      if (b != null && (introduced || opensLine(t, i)) && !fractionNext(t, after + 4, lex)) {
        return new DateRecognizer.Hit(i, after + 4, a, b, after, after + 1, false);
      }
    }
    if (fractionNext(t, after, lex)) {
      return null;
    }
    if (introduced || opensLine(t, i) && labelEnds(t, after)) {
      return new DateRecognizer.Hit(i, after, a);
    }
    return null;
  }

  /** Tokens i..i+2 as day and month ("3/15"), not part of a longer run ("3/15/42", "1/2/3"). */
  private static DateParts pair(Toks t, int i, boolean monthFirst) {
    if (!t.isDigits(i) || !t.isPunct(i + 1, '/') || !t.attached(i + 1) || !t.isDigits(i + 2)
        || !t.attached(i + 2) || t.get(i).text().length() > 2 || t.get(i + 2).text().length() > 2
        || (t.isPunct(i + 3, '/') || t.isPunct(i + 3, '.') && t.isDigits(i + 4))
            && t.attached(i + 3)) {
      return null;
    }
    int x = Integer.parseInt(t.get(i).text());
    int y = Integer.parseInt(t.get(i + 2).text());
    int m = monthFirst ? x : y;
    int d = monthFirst ? y : x;
    return d > 0 && DateParts.valid(m, d) ? DateParts.of(Match.NO_YEAR, m, d) : null;
  }

  /** True when token i starts a line, or follows only a list mark that starts one. */
  private static boolean opensLine(Toks t, int i) {
    Token tok = t.get(i);
    if (i == 0 || tok.newlinesBefore() > 0) {
      return true;
    }
    Token mark = t.get(i - 1);
    return mark != null && mark.type() == Token.Type.PUNCT && (i - 1 == 0
        || mark.newlinesBefore() > 0) && (mark.isDash() || mark.isPunct('*')
        || mark.isPunct('\u2022') || mark.isPunct('\u00b7'));
  }

  /** A line label ends in a dash, a colon or a capitalised word: what a chronology writes. */
  private static boolean labelEnds(Toks t, int k) {
    Token next = t.get(k);
    return next != null && next.newlinesBefore() == 0
        && (next.isDash() || next.isPunct(':') || next.isWord() && next.isCapitalized());
  }

  /** A fraction's link word after the numbers ("2/3 of"): a share, not a date. */
  private static boolean fractionNext(Toks t, int k, Lexicon lex) {
    return t.isWordTok(k) && lex.words(WordList.FRACTION_LINKS).contains(t.norm(k));
  }
}
