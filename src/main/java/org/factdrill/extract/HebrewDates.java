package org.factdrill.extract;

import java.util.Set;

/**
 * Hebrew dates: "1 בספטמבר 1939", "3 למרץ 2015", "ה-14 במאי 1948", "25–24 במאי 1991"
 * (ranges high-to-low), "אפריל 14, 2015", "בספטמבר 1939", "בנובמבר", "ב-1948", "בשנת 1948",
 * "בשנים 1992–1994", "שנות ה-90", "שנות התשעים", "המאה ה-20", "586 לפנה"ס", and the shared
 * day-first numeric dates (14.5.1948, 5/6/1967).
 */
final class HebrewDates extends DateRecognizer {
  private static final Set<String> YEAR_WORDS = Set.of("שנת", "שנים", "השנים", "שנה");
  private static final Set<String> DECADE_WORDS = Set.of("שנות");

  private final HebrewLexicon he;

  HebrewDates(Lexicon lex) {
    super(lex);
    this.he = (HebrewLexicon) lex;
  }

  /** Index of the digits after a prefix-only word ("ב-1948", "ה־14", "ל1994"), else -1. */
  private int core(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null) {
      return -1;
    }
    if (tok.isDigits()) {
      return i;
    }
    if (!tok.isWord() || !lex.isPrefixOnly(tok.norm())) {
      return -1;
    }
    int j = i + 1;
    if (t.isDash(j) && t.attached(j)) {
      j++;
    }
    return t.isDigits(j) && t.attached(j) ? j : -1;
  }

  @Override
  Hit single(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null) {
      return null;
    }
    int c = core(t, i);
    if (c >= 0) {
      Hit h = dayMonth(t, c, i);
      if (h != null) {
        return h;
      }
      Hit n = common(t, c, false);
      if (n == null) {
        return null;
      }
      // "ה-20" after a noun is an ordinal ("הכנסת ה-20"), not a year or day.
      if (c != i && t.norm(i).equals("ה") && n.lo().year() < 1000) {
        return null;
      }
      return new Hit(i, n.to(), n.lo(), n.hi(), n.firstTo(), n.secondFrom(), n.swapped());
    }
    if (!tok.isWord()) {
      return null;
    }
    String w = tok.norm();
    String mp = he.monthPrefix(w);
    if (mp != null) {
      return monthFirst(t, i, mp);
    }
    int yw = lex.prefixLength(w, YEAR_WORDS::contains);
    if (yw >= 0) {
      int k = i + 1;
      int y = plainInt(t, k, 4);
      if (y > 0 && y <= 2100) {
        int e = era(t, k + 1);
        return new Hit(i, k + 1 + Math.abs(e), DateParts.year(e < 0 ? -y : y));
      }
      return null;
    }
    int dw = lex.prefixLength(w, DECADE_WORDS::contains);
    if (dw >= 0) {
      return decade(t, i + 1, i);
    }
    int cw = lex.prefixLength(w, s -> s.equals("מאה"));
    if (cw > 0 && t.norm(i + 1).equals("ה") && t.isDash(i + 2) && t.isDigits(i + 3)) {
      int n = plainInt(t, i + 3, 2);
      if (n >= 1 && n <= 21) {
        return new Hit(i, i + 4, DateParts.century(n));
      }
    }
    return null;
  }

  /** "ה-90", "ה-1990", "התשעים" after "שנות". */
  private Hit decade(Toks t, int k, int from) {
    int c = core(t, k);
    if (c >= 0) {
      int v = plainInt(t, c, 4);
      int len = t.get(c).text().length();
      if (v >= 0 && v % 10 == 0 && len == 2) {
        return new Hit(from, c + 1, DateParts.decade(1900 + v));
      }
      if (v >= 1000 && v % 10 == 0 && len == 4) {
        return new Hit(from, c + 1, DateParts.decade(v));
      }
      return null;
    }
    Token tok = t.get(k);
    if (tok != null && tok.isWord() && tok.norm().startsWith("ה")) {
      Lexicon.Hit h = lex.number(tok.norm().substring(1));
      if (h != null && h.prefix().isEmpty() && h.word().role() == NumberWord.Role.ADD
          && h.word().value() >= 20 && h.word().value() <= 90 && h.word().value() % 10 == 0) {
        return new Hit(from, k + 1, DateParts.decade(1900 + (int) h.word().value()));
      }
    }
    return null;
  }

  /** Day (and optionally a second day) at c, then a month word, then an optional year. */
  private Hit dayMonth(Toks t, int c, int from) {
    int d = day(t, c);
    if (d < 0) {
      return null;
    }
    int j = c + 1;
    int d2 = -1;
    if (t.isDash(j) && day(t, j + 1) > 0) {
      d2 = day(t, j + 1);
      j += 2;
    }
    Token mt = t.get(j);
    if (mt == null || !mt.isWord()) {
      return null;
    }
    int m = lex.month(mt.norm());
    if (m == 0) {
      return null;
    }
    int end = j + 1;
    int y = Match.NO_YEAR;
    int yk = t.isPunct(end, ',') ? end + 1 : end;
    if (year4(t, yk) > 0) {
      y = year4(t, yk);
      end = yk + 1;
    }
    if (!DateParts.valid(m, d) || d2 > 0 && !DateParts.valid(m, d2)) {
      return null;
    }
    DateParts a = DateParts.of(y, m, d);
    if (d2 > 0 && d2 != d) {
      DateParts b = DateParts.of(y, m, d2);
      return d < d2 ? new Hit(from, end, a, b) : new Hit(from, end, b, a);
    }
    return new Hit(from, end, a);
  }

  /** "אפריל 14, 2015", "בספטמבר 1939", "בנובמבר". */
  private Hit monthFirst(Toks t, int i, String prefix) {
    int m = lex.month(t.norm(i));
    int k = i + 1;
    int d = day(t, k);
    if (d > 0 && t.isPunct(k + 1, ',') && year4(t, k + 2) > 0 && DateParts.valid(m, d)) {
      return new Hit(i, k + 3, DateParts.of(year4(t, k + 2), m, d));
    }
    int yk = t.isPunct(k, ',') ? k + 1 : k;
    int y = year4(t, yk);
    if (y > 0) {
      return new Hit(i, yk + 1, DateParts.of(y, m, 0));
    }
    // A month alone needs a prefix ("בנובמבר") or a preceding "חודש" / "עד" / "מאז".
    String before = t.norm(i - 1);
    if (prefix.isEmpty() && !(before.endsWith("חודש") || before.equals("עד")
        || before.equals("מאז") || before.equals("מן"))) {
      return null;
    }
    // "במרץ" is also "energetically": that month needs a day or year.
    if (m == 3 && prefix.equals("ב") && !t.isWord(i + 1, "אשתקד") && !before.endsWith("חודש")) {
      return null;
    }
    return new Hit(i, k, DateParts.of(Match.NO_YEAR, m, 0));
  }

  @Override
  int connector(Toks t, int k, Hit first) {
    Token c = t.get(k);
    if (c == null) {
      return -1;
    }
    if (c.isDash()) {
      return 1;
    }
    String w = c.norm();
    if (w.equals("עד") || w.equals("ועד")) {
      return 1;
    }
    // "בין 1992 ל-1994", "מ-1994 ל-2009": the ל prefix is the connector and part of the date.
    if (lex.isPrefixOnly(w) && w.endsWith("ל") && core(t, k) > 0) {
      boolean between = t.norm(first.from() - 1).equals("בין")
          || t.norm(first.from()).startsWith("מ");
      return between ? 0 : -1;
    }
    return -1;
  }

  @Override
  int era(Toks t, int k) {
    String w = t.norm(k);
    if (w.equals("לפנה\"ס") || w.equals("לפנה\"נ") || w.equals("לפסה\"נ")) {
      return -1;
    }
    if (w.equals("לפני") && (t.isWord(k + 1, "הספירה") || t.isWord(k + 1, "הס\"נ"))) {
      return -2;
    }
    if (w.equals("לספירה") || w.equals("לסה\"נ")) {
      return 1;
    }
    return 0;
  }
}
