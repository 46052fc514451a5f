package org.factdrill.extract;

/**
 * A day and month written as two numbers and a slash with no year ("3/15", "15/3"), in the order
 * the pack declares. The same two numbers are also a fraction ("2/3 of"), so they are a date only
 * where the text uses them as one: after a word that introduces a day (the pack's
 * {@code day-prepositions}: "on 3/15"), or as the label that opens a line of a chronology
 * ("3/15 – The fleet sails", "3/15: …", "(3/15) …"), alone, as the first end of a range
 * ("5/27–6/3", "3/15-17") or in a list after one ("3/15 and 3/16"); never before a fraction's
 * link word or a counted noun. A year from the context fills them later, as for "May 5".
 */
final class YearlessNumericDates {
  private final Lexicon lex;
  /** Weekday names and abbreviations, lower-case: CLDR's for the pack's locale and the pack's. */
  private final java.util.Set<String> weekdays;

  YearlessNumericDates(Lexicon lex) {
    this.lex = lex;
    java.util.Set<String> w = new java.util.HashSet<>(lex.words(WordList.WEEKDAYS));
    w.addAll(lex.words(WordList.WEEKDAY_ABBREVIATIONS));
    com.ibm.icu.text.DateFormatSymbols sym =
        com.ibm.icu.text.DateFormatSymbols.getInstance(lex.pack().locale());
    for (String[] names : new String[][] {sym.getWeekdays(), sym.getShortWeekdays()}) {
      for (String n : names) {
        if (n != null && !n.isEmpty()) {
          w.add(n.toLowerCase(lex.pack().locale()).replace(".", ""));
        }
      }
    }
    this.weekdays = java.util.Set.copyOf(w);
  }

  /** The date (or range) at token i, or null. */
  DateRecognizer.Hit at(Toks t, int i, boolean monthFirst) {
    DateParts a = pair(t, i, monthFirst);
    if (a == null || t.isDigits(i - 1) && t.attached(i)
        || (t.isPunct(i - 1, '/') || t.isPunct(i - 1, '.')) && t.attached(i)) {
      return null;
    }
    boolean introduced = dayWordBefore(t, i, lex) || listedAfterOne(t, i, monthFirst, lex) || writtenAsDate(t, i)
        || weekdayBefore(t, i) || namedInBracket(t, i, lex);
    int after = i + 3;
    DateRecognizer.Hit dated = yearAfterComma(t, new DateRecognizer.Hit(i, after, a));
    if (dated.to() > after && !t.isBlocked(after + 1)) {
      return dated; // "12/4, 1865": a day and month with the year after a comma
    }
    if (!(introduced || opensLine(t, i)) || fractionNext(t, after, lex)) {
      return null;
    }
    if (t.isDash(after) && !t.isBlocked(after + 1)) {
      DateParts b = pair(t, after + 1, monthFirst);
      if (b != null && !fractionNext(t, after + 4, lex)) {
        return new DateRecognizer.Hit(i, after + 4, a, b, after, after + 1, false);
      }
      // "3/15-17": the second end is a later day of the same month.
      if (t.isDigits(after + 1) && t.get(after + 1).text().length() <= 2
          && !(t.isPunct(after + 2, '/') && t.attached(after + 2))) {
        int d2 = Integer.parseInt(t.get(after + 1).text());
        if (d2 > a.day() && DateParts.valid(a.month(), d2)) {
          return new DateRecognizer.Hit(i, after + 2, a,
              DateParts.of(Match.NO_YEAR, a.month(), d2), after, after + 1, false);
        }
      }
    }
    return introduced || labelEnds(t, after, lex) ? new DateRecognizer.Hit(i, after, a) : null;
  }

  /**
   * True when a list join ("and", ",") stands before token i and a day written the same way
   * that is itself a date stands before it ("on 3/15 and 3/16", a line "3/15, 3/16 – …").
   */
  private static boolean listedAfterOne(Toks t, int i, boolean monthFirst, Lexicon lex) {
    int j = t.isPunct(i - 1, ',') || t.isWordTok(i - 1)
        && lex.words(WordList.DATE_LIST_JOINS).contains(t.norm(i - 1)) ? i - 1 : -1;
    if (j < 0) {
      return false;
    }
    if (t.isPunct(j - 1, ',')) {
      j--; // "3/15, and 3/16"
    }
    int k = j - 3;
    return k >= 0 && pair(t, k, monthFirst) != null && (opensLine(t, k)
        || dayWordBefore(t, k, lex) || listedAfterOne(t, k, monthFirst, lex));
  }

  /**
   * The day-month {@code dm} with the year written after a comma ("12/4, 1865", "ngày 12/4,
   * 1865"): a four-digit year of the common era right after the comma, not itself the start of
   * a numeric date or a range's figure; else {@code dm}.
   */
  static DateRecognizer.Hit yearAfterComma(Toks t, DateRecognizer.Hit dm) {
    int k = dm.to();
    if (dm.hi() != null || !t.isPunct(k, ',') || !t.isDigits(k + 1) || t.length(k + 1) != 4
        || (t.isPunct(k + 2, '/') || t.isPunct(k + 2, '.') || t.isDash(k + 2)) && t.attached(k + 2)
        && t.isDigits(k + 3)) {
      return dm;
    }
    int y = DateTokens.plainInt(t, k + 1, 4);
    return y >= 1000 && y <= 2100
        ? new DateRecognizer.Hit(dm.from(), k + 2, DateParts.of(y, dm.lo().month(), dm.lo().day())) : dm;
  }

  /** A weekday's name right before i ("Thứ Bảy 13/11", "Sun. 3/15"): a day, not a share. */
  private boolean weekdayBefore(Toks t, int i) {
    int k = t.isPunct(i - 1, ',') ? i - 2 : i - 1;
    if (t.isPunct(k, '.')) {
      k--;
    }
    return t.isWordTok(k) && (weekdays.contains(t.norm(k))
        || t.isWordTok(k - 1) && weekdays.contains(t.norm(k - 1) + " " + t.norm(k)));
  }

  /**
   * A holiday's name the pack knows or a holiday noun right before the two numbers ("Quốc khánh
   * 2/9", "ngày lễ 2/9"), or a bracket holding only them right after a capitalised word or a
   * holiday's word ("Lễ hội Hoa Sen (15/6)", "Harvest Day (10/2)"): the day of the thing named.
   */
  private static boolean namedInBracket(Toks t, int i, Lexicon lex) {
    StringBuilder name = new StringBuilder();
    for (int k = i - 1; k >= Math.max(0, i - 4) && t.isWordTok(k); k--) {
      name.insert(0, name.length() == 0 ? t.norm(k) : t.norm(k) + " ");
      if (lex.pack().holidays().containsKey(name.toString())
          || lex.pack().words("holiday-nouns").contains(name.toString())) {
        return true; // "Quốc khánh 2/9", "ngày lễ 2/9": the holiday's day
      }
    }
    if (!t.isPunct(i - 1, '(') || !t.isPunct(i + 3, ')') || !t.isWordTok(i - 2)) {
      return false;
    }
    return t.capitalized(i - 2) || lex.pack().words("holiday-nouns").contains(t.norm(i - 2))
        || lex.pack().words("holiday-name-heads").contains(t.norm(i - 2));
  }

  /** True when a word that introduces a day ("on", the pack's day-prepositions) is before i. */
  private static boolean dayWordBefore(Toks t, int i, Lexicon lex) {
    return t.isWordTok(i - 1) && lex.words(WordList.DAY_PREPOSITIONS).contains(t.norm(i - 1));
  }

  /**
   * Signs that two numbers are a day and month wherever they stand: a leading zero ("03/15",
   * "3/05": a share is never written so), a weekday right after them ("3/15 Sun."), or a year
   * right before them ("1942 3/15").
   */
  private boolean writtenAsDate(Toks t, int i) {
    if (t.get(i).text().startsWith("0") || t.get(i + 2).text().startsWith("0")) {
      return true;
    }
    if (t.isWordTok(i + 3) && weekdays.contains(t.norm(i + 3))) {
      return true;
    }
    if (t.isDigits(i - 1) && t.get(i - 1).text().length() == 4) {
      int y = Integer.parseInt(t.get(i - 1).text());
      return y >= 1000 && y <= 2100;
    }
    return false;
  }

  /** Tokens i..i+2 as day and month ("3/15"), not part of a longer run ("3/15/42", "1/2/3"). */
  private static DateParts pair(Toks t, int i, boolean monthFirst) {
    if (!t.isDigits(i) || !t.isPunct(i + 1, '/') || !t.attached(i + 1) || !t.isDigits(i + 2)
        || !t.attached(i + 2) || DateTokens.digitCount(t, i) > 2
        || DateTokens.digitCount(t, i + 2) > 2
        || (t.isPunct(i + 3, '/') || t.isPunct(i + 3, '.') && t.isDigits(i + 4))
            && t.attached(i + 3)) {
      return null;
    }
    int x = DateTokens.value(t, i);
    int y = DateTokens.value(t, i + 2);
    int m = monthFirst ? x : y;
    int d = monthFirst ? y : x;
    return d > 0 && DateParts.valid(m, d) ? DateParts.of(Match.NO_YEAR, m, d) : null;
  }

  /** True when token i starts a line, or follows only a list mark or bracket that starts one. */
  private static boolean opensLine(Toks t, int i) {
    Token tok = t.get(i);
    if (i == 0 || tok.newlinesBefore() > 0) {
      return true;
    }
    Token mark = t.get(i - 1);
    return mark != null && mark.type() == Token.Type.PUNCT && (i - 1 == 0
        || mark.newlinesBefore() > 0) && (mark.isDash() || mark.isPunct('*')
        || mark.isPunct('\u2022') || mark.isPunct('\u00b7') || mark.isPunct('('));
  }

  /**
   * What follows a chronology's day label on its line: a dash, colon, comma or closing bracket,
   * a word that starts with a capital or is of a script without case, or a list join and the
   * next day ("3/15 and 3/16 –"). A lower-case word after it ("1/2 hour", "3/4 mile") reads as
   * the noun of a share as easily, and a pair alone on its line is a share as often.
   */
  private static boolean labelEnds(Toks t, int k, Lexicon lex) {
    Token next = t.get(k);
    if (next == null || next.newlinesBefore() > 0) {
      return false;
    }
    if (next.isDash() || next.isPunct(':') || next.isPunct(',') || next.isPunct(')')) {
      return true;
    }
    if (!next.isWord()) {
      return false;
    }
    int c = next.text().codePointAt(0);
    return Character.isUpperCase(c) || !Character.isLowerCase(c) && Character.isLetter(c)
        || lex.words(WordList.DATE_LIST_JOINS).contains(next.norm()) && t.isDigits(k + 1);
  }

  /** A fraction's link word after the numbers ("2/3 of"): a share, not a date. */
  private static boolean fractionNext(Toks t, int k, Lexicon lex) {
    return t.isWordTok(k) && lex.words(WordList.FRACTION_LINKS).contains(t.norm(k));
  }
}
