package org.factdrill.extract;

/**
 * Dates in a language whose pack declares no grammar of its own ({@code dates generic}): the
 * common European forms, every word taken from the pack. Day then month then year ("3 марта
 * 2015", "третьего марта 2015", "31-ое октября 1974"), month then year ("ноябрь 2014"), a
 * weekday before either, a year word after the year ("1990 года", "в 1990 году"), decades
 * written with a suffix ("1990-х"), eras, numeric dates (day first unless the pack says
 * month-first-numeric) and ranges with the pack's connectors ("с 1994 по 2009").
 */
final class GenericDates extends DateRecognizer {
  GenericDates(Lexicon lex) {
    super(lex);
  }

  @Override
  Hit single(Toks t, int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    int start = i;
    // "Пт, 18 июля 2014": a weekday (and a comma) before the date belongs to it.
    if (lists.has(WordList.WEEKDAYS, t, i)) {
      int k = t.isPunct(i + 1, ',') || t.isPunct(i + 1, '.') ? i + 2 : i + 1;
      Hit h = dayMonth(t, k, start);
      return h;
    }
    Hit h = dayMonth(t, i, start);
    if (h != null) {
      return h;
    }
    h = Eras.centuries(this, t, i, this::centuryOrdinal); // "V век до н. э.", "V–III вв."
    if (h != null) {
      return h;
    }
    h = monthYear(t, i);
    if (h != null) {
      return h;
    }
    h = common(t, i, lex.has(PackFeature.MONTH_FIRST_NUMERIC));
    if (h != null && h.hi() == null && h.to() == i + 1 && h.lo().month() == 0) {
      // A bare year: "1990 года", "1990-х годов".
      return afterYear(t, h);
    }
    return h;
  }

  /** A day (digits, digits with an ordinal ending, or ordinal words), a month, a year. */
  private Hit dayMonth(Toks t, int i, int start) {
    int[] day = dayAt(t, i);
    if (day == null) {
      return null;
    }
    int k = day[1];
    int m = lists.month(t, k);
    if (m == 0) {
      return null;
    }
    k++;
    if (t.isPunct(k, '.') && t.attached(k) && t.norm(k - 1).length() <= 4) {
      k++;
    }
    int[] era = eraYear(t, k); // "4 марта 210 г. до н. э."
    if (era != null && DateParts.valid(m, day[0])) {
      return new Hit(start, era[1], DateParts.of(era[0], m, day[0]));
    }
    int y = DateTokens.year4(t, k);
    if (y > 0 && DateParts.valid(m, day[0])) {
      return afterYear(t, new Hit(start, k + 1, DateParts.of(y, m, day[0])));
    }
    return DateParts.valid(m, day[0]) ? new Hit(start, k, DateParts.of(Match.NO_YEAR, m, day[0]))
        : null;
  }

  /** {day, index after it}: "3", "3-его", "31-ое", "третьего", "тридцать первое"; null if none. */
  private int[] dayAt(Toks t, int i) {
    int d = DateTokens.day(t, i);
    if (d > 0) {
      int k = i + 1;
      if (t.isDash(k) && t.attached(k) && t.attached(k + 1)
          && lists.has(WordList.ORDINAL_ENDINGS, t, k + 1)) {
        k += 2;
      } else if (t.attached(k) && lists.has(WordList.ORDINAL_ENDINGS, t, k)) {
        k++;
      }
      return new int[] {d, k};
    }
    if (!t.isWordTok(i)) {
      return null;
    }
    Integer o = lex.pack().ordinals().get(t.norm(i));
    if (o != null) {
      return o <= 31 ? new int[] {o, i + 1} : null;
    }
    Lexicon.Hit tens = lex.number(t.norm(i));
    if (tens != null && tens.word().role() == NumberWord.Role.ADD && tens.word().value() % 10 == 0
        && tens.word().value() >= 20 && tens.word().value() <= 30 && t.isWordTok(i + 1)) {
      Integer unit = lex.pack().ordinals().get(t.norm(i + 1));
      if (unit != null && unit < 10) {
        int v = (int) tens.word().value() + unit;
        return v <= 31 ? new int[] {v, i + 2} : null;
      }
    }
    return null;
  }

  /**
   * The number of a century at i: a Roman numeral ("XX"), or one or two digits with an
   * ordinal ending ("5-й"); {value, index after}, or null.
   */
  private int[] centuryOrdinal(Toks t, int i) {
    if (t.isDigits(i)) {
      // Digits only with an ordinal ending ("5-й век"): "5 веков" counts five centuries.
      int[] d = dayAt(t, i);
      return d != null && d[1] > i + 1 ? d : null;
    }
    if (!t.isWordTok(i) || "IVX".indexOf(t.text.charAt(t.startOf(i))) < 0) {
      return null; // read off the arrays: no token made for a word that is no Roman numeral
    }
    int r = Roman.value(t.get(i));
    return r > 0 ? new int[] {r, i + 1} : null;
  }

  /** "ноябрь 2014", "в ноябре 1991 года". */
  private Hit monthYear(Toks t, int i) {
    int m = lists.month(t, i);
    if (m == 0) {
      return null;
    }
    int[] era = eraYear(t, i + 1); // "март 210 г. до н. э."
    if (era != null) {
      return new Hit(i, era[1], DateParts.of(era[0], m, 0));
    }
    int y = DateTokens.year4(t, i + 1);
    if (y < 0) {
      return null;
    }
    return afterYear(t, new Hit(i, i + 2, DateParts.of(y, m, 0)));
  }

  /** Takes a year word ("года", "г.") or a decade ending ("-х", "-е годы") after a year. */
  private Hit afterYear(Toks t, Hit h) {
    int k = h.to();
    DateParts lo = h.lo();
    if (lo.month() == 0 && lo.day() == 0 && lo.year() % 10 == 0 && t.isDash(k) && t.attached(k)
        && t.attached(k + 1) && lists.has(WordList.DECADE_ENDINGS, t, k + 1)) {
      k += 2;
      lo = DateParts.decade(lo.year());
    }
    int w = lists.phrase(WordList.YEAR_WORDS, t, k);
    if (w > 0) {
      k += w;
      if (t.isPunct(k, '.') && t.attached(k)) {
        k++;
      }
    }
    return new Hit(h.from(), k, lo);
  }

  @Override
  int connector(Toks t, int k, Hit first) {
    return packConnector(t, k, first);
  }

  @Override
  int era(Toks t, int k) {
    return packEra(t, k);
  }
}
