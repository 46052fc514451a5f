package org.factdrill.extract;

import java.util.Set;

/**
 * Marks tokens that look like numbers but are not facts, before any recognizer runs: citation
 * markers ([12], [cần dẫn nguồn]), model and weapon names (T-72, S-400, MiG-21, B-52, 9K33,
 * COVID-19; Boeing 747, 737 MAX: {@link ModelNumbers}), URLs and e-mail addresses, coordinates (40°N), times of day (10:30), page and
 * section references (p. 12, Section 907, Quân đoàn 4, סעיף 3) and list numbering ("1." at the
 * start of a line).
 */
final class NonFacts {
  private NonFacts() {}

  static void mark(Toks t, Lexicon lex) {
    markUrls(t);
    Set<String> models = ModelNumbers.collector();
    // Only digit runs and "[" do anything here: the loop visits those alone, in order.
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      // The tests read the token arrays: a run's Token and its neighbours' are made only
      // where a rule needs a word's normal form, so the recognizers after may never make them.
      if (t.isPunct(i, '[')) {
        citation(t, i);
      } else if (t.isDigits(i) && (NoteMarks.glued(t, i) && !dayOfMonth(t, i, lex)
          || GluedDigits.label(t, i, lex) || NoteMarks.bracketed(t, i, lex))) {
        block(t, i, i + 1); // "the gardener,1 who": a note mark; "slav4", "(2).png", "82'"
      } else if (t.isDigits(i)) {
        coordinates(t, i);
        digits(t, i, lex);
        if (ModelNumbers.mark(t, i, lex) || t.isBlocked(i) && modelVariant(t, i)) {
          models.add(t.text.substring(t.startOf(i), t.endOf(i)));
        }
      }
    }
    ModelNumbers.recurring(t, models);
    // A document's own numbering and a site's counters: each a pass over the digit runs alone.
    ItemNumbers.mark(t, lex);
    Positions.mark(t, lex);
    PathNumbers.mark(t);
    ZeroCodes.mark(t);
    SerialNumbers.mark(t);
    DocumentCodes.mark(t);
    SiteCounters.mark(t, lex);
    CitedYears.mark(t);
    DiffHeaders.mark(t);
  }

  /** "737–8": a model number and its variant (see {@link #identifier}), the model's digits. */
  private static boolean modelVariant(Toks t, int i) {
    return !t.attached(i) && t.isDash(i + 1) && t.attached(i + 1) && t.isDigits(i + 2)
        && t.attached(i + 2) && !(t.isDash(i + 3) && t.attached(i + 3)) && identifier(t, i);
  }

  /**
   * A decimal-degree coordinate pair ("40.7128, -74.0060"): two numbers with at least three
   * decimals, a latitude (|x| <= 90) then a longitude (|y| <= 180), joined by a comma or a
   * semicolon. A position on a map, not a figure to learn.
   */
  private static void coordinates(Toks t, int i) {
    if (t.isBlocked(i) || t.isDigits(i - 1) && t.attached(i)) {
      return;
    }
    int a = degrees(t, i, 2);
    // A semicolon joins a position's two halves ("37.75; -122.55", as wiki pages print one);
    // after a comma, which also joins list items, three decimals each.
    boolean semicolon = a >= 0 && t.isPunct(a, ';');
    if (a < 0 || !(semicolon || t.isPunct(a, ',') && degrees(t, i, 3) > 0)) {
      return;
    }
    int j = a + 1;
    boolean minus = t.isPunct(j, '-') || t.isPunct(j, '\u2212');
    int b = degrees(t, minus ? j + 1 : j, semicolon ? 2 : 3);
    if (b < 0 || minus && !t.attached(j + 1)) {
      return;
    }
    double lat = Double.parseDouble(t.get(i).text() + "." + t.get(i + 2).text());
    double lon = Double.parseDouble(t.get(minus ? j + 1 : j).text() + "."
        + t.get((minus ? j + 1 : j) + 2).text());
    if (lat > 90 || lon > 180) {
      return;
    }
    boolean lead = (t.isPunct(i - 1, '-') || t.isPunct(i - 1, '\u2212')) && t.attached(i);
    block(t, lead ? i - 1 : i, b);
  }

  /** The end of "dd.dddd" at i (at least {@code decimals} decimals), or -1. */
  private static int degrees(Toks t, int i, int decimals) {
    if (!t.isDigits(i) || t.length(i) > 3 || !t.isPunct(i + 1, '.')
        || !t.attached(i + 1) || !t.isDigits(i + 2) || !t.attached(i + 2)
        || t.length(i + 2) < decimals) {
      return -1;
    }
    return i + 3;
  }

  private static void block(Toks t, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
      t.blocked[k] = true;
    }
  }

  /** URLs, bare domains with paths, e-mail addresses and markdown link targets. */
  private static void markUrls(Toks t) {
    String s = t.text;
    int from = 0;
    while (true) {
      int a = indexOfAny(s, from);
      if (a < 0) {
        break;
      }
      int e = a;
      while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ')'
          && s.charAt(e) != '>' && s.charAt(e) != ']') {
        e++;
      }
      t.blockChars(a, e);
      from = Math.max(e, a + 1);
    }
    // e-mail: block the word chain around '@'
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (t.isPunct(i, '@') && t.attached(i) && t.attached(i + 1)) {
        int a = i;
        while (a > 0 && t.attached(a)) {
          a--;
        }
        int b = i + 1;
        while (b < t.size() && t.attached(b)) {
          b++;
        }
        block(t, a, b);
      }
    }
  }

  /**
   * The first "http://", "https://", "ftp://", "www." or "](" at or after {@code from}, or -1.
   * The schemes are found through their shared "://", so a text without links is scanned three
   * times rather than five (this runs on every document).
   */
  private static int indexOfAny(String s, int from) {
    int best = -1;
    for (String p : LINK_MARKS) {
      int k = s.indexOf(p, from);
      if (k >= 0 && (best < 0 || k < best)) {
        best = k;
      }
    }
    int k = s.indexOf("://", from);
    while (k >= 0 && (best < 0 || k - SCHEMES[0].length() < best)) {
      for (String scheme : SCHEMES) {
        int a = k - scheme.length();
        if (a >= from && s.startsWith(scheme, a)) {
          return best < 0 || a < best ? a : best;
        }
      }
      k = s.indexOf("://", k + 1);
    }
    return best;
  }

  private static final String[] LINK_MARKS = {"www.", "]("};
  /** Schemes before "://", longest first. */
  private static final String[] SCHEMES = {"https", "http", "ftp"};

  /**
   * "[12]", "[12, 13]", "[a]", "[note 3]", "[cần dẫn nguồn]", "[citation needed]"; not the target
   * of a wiki link ("[[1066]]").
   */
  private static void citation(Toks t, int i) {
    // "[[1066]]": the inner brackets of a wiki link hold its target, text of the sentence.
    if (t.isPunct(i - 1, '[') && t.attached(i)) {
      return;
    }
    for (int k = i + 1; k < t.size() && k <= i + 8; k++) {
      if (t.isPunct(k, ']')) {
        if (k > i + 1) {
          block(t, i, k + 1);
          for (int m = i; m <= k; m++) {
            t.cite(m);
          }
        }
        return;
      }
      // Read off the arrays: a word's normal form is as long as its text unless normalized whole.
      boolean ok = t.isDigits(k) || t.isPunct(k, ',') || t.isPunct(k, ':') || t.isDash(k)
          || t.isPunct(k, '.') || t.isPunct(k, ';')
          || t.isWordTok(k) && ((t.normByChars(k) ? t.length(k) : t.norm(k).length()) <= 2
              || CITATION_WORDS.containsWord(t, k, 0));
      if (!ok) {
        return;
      }
    }
  }

  /** Word i starts with a letter of the Latin blocks (below U+0250). */
  private static boolean latin(Toks t, int i) {
    return t.chars[t.startOf(i)] < 0x250;
  }

  /** The words of a citation marker ("[cần dẫn nguồn]"), behind a bit filter. */
  private static final WordSet CITATION_WORDS = WordSet.of(AllPacks.CITATION_WORDS);

  /** The first words of the clock abbreviations, behind a bit filter: the word after every run asks. */
  private static final WordSet CLOCK_STARTS = WordSet.of(AllPacks.CLOCK_ABBREVIATION_STARTS);

  private static void digits(Toks t, int i, Lexicon lex) {
    int length = t.length(i);
    // Letters glued before the digits: "G20", "T-72", "MiG-21", "S-400" (not "năm1993", "ב-1948").
    if (t.attached(i)) {
      if (t.isWordTok(i - 1) && latin(t, i - 1) && !allowedPrefix(t, i - 1)
          && !lex.words(WordList.FISCAL_YEAR_PREFIXES).contains(t.norm(i - 1))
          && !labelBeforeDay(t, i, lex) && !rowLabel(t, i - 1, lex)) {
        blockChain(t, i - 1);
        return;
      }
      if (t.isDash(i - 1) && t.attached(i - 1)) {
        if (t.isWordTok(i - 2) && latin(t, i - 2) && !allowedPrefix(t, i - 2)
            && (hasUpper(t, i - 2) || t.length(i - 2) <= 2)) {
          blockChain(t, i - 2);
          return;
        }
      }
      if (t.isPunct(i - 1, '#')) {
        blockChain(t, i - 1);
        return;
      }
    }
    // "£,972": a thousands group opened by its separator lost the digits before it (a damaged
    // scan); no figure is better than a wrong one. The decimal separator may open a number (".5").
    if (length == 3 && t.attached(i) && (t.isPunct(i - 1, ',') || t.isPunct(i - 1, '.'))
        && t.punct(i - 1) != lex.decimalSeparator() && !(t.attached(i - 1) && t.isDigits(i - 2))) {
      blockChain(t, i);
      return;
    }
    if (identifier(t, i) && !bcEraAt(t, i + 3, lex)) {
      blockChain(t, i);
      return;
    }
    // "the '70s": a decade whose century the text leaves out, not the number 70.
    if (length == 2 && t.attached(i) && (t.isPunct(i - 1, '\'')
        || t.isPunct(i - 1, '\u2019')) && DateTokens.decadeEnding(t, i + 1)
        && t.attached(i + 1)) {
      block(t, i - 1, i + 2);
      return;
    }
    // Letters glued after: "9K33", "2S19", "4x4" (not "1990s", "100K", "5th", "10km").
    if (t.isWordTok(i + 1) && t.attached(i + 1) && latin(t, i + 1)
        && (!DIGIT_SUFFIXES.containsWord(t, i + 1, 0)
            || t.isDigits(i + 2) && t.attached(i + 2))) {
      blockChain(t, i);
      return;
    }
    // Coordinates and temperatures: 40°N, 46°30′E.
    if (t.attached(i + 1) && (t.isPunct(i + 1, '°') || t.isPunct(i + 1, 'º'))) {
      int a = i;
      while (a > 0 && t.attached(a) && (t.isDigits(a - 1) || t.isPunct(a - 1, '.')
          || t.isPunct(a - 1, ','))) {
        a--;
      }
      block(t, a, i); // "21,02167°B": the whole part, its comma, and the decimals' chain
      blockChain(t, i);
      return;
    }
    // Times of day and ratios: 10:30, 3:2.
    if (t.isPunct(i + 1, ':') && t.attached(i + 1) && t.isDigits(i + 2)
        && t.attached(i + 2)) {
      blockChain(t, i);
      return;
    }
    // Clock times: "10 a.m.", "7 pm".
    if (t.isWordTok(i + 1) && !t.attached(i + 1) && CLOCK_STARTS.containsWord(t, i + 1, 0)
        && DateTokens.phrase(t, i + 1, AllPacks.CLOCK_ABBREVIATIONS) > 0) {
      block(t, i, i + 1);
      return;
    }
    // List numbering and a statute's sections at the start of a line: "1. ", "2) ", "3 . ".
    int label = LineLabels.end(t, i, length);
    if (label > 0) {
      block(t, i, label);
      return;
    }
    if (Ranks.namesOrdinal(t, i, lex)) { // Hebrew "הכנסת ה-12": an ordinal, no figure
      block(t, i - 2, i + 1);
      return;
    }
    if (RelativeMonthDays.at(t, i, lex)) {
      block(t, RelativeMonthDays.start(t, i), i + 1); // with its prefix: "ב-4" is read from "ב"
      return;
    }
    int spaced = SpacedDates.end(t, i); // "(22 8 45)": a date whose separators were lost
    if (spaced > 0) {
      block(t, i, spaced);
      return;
    }
    if (HouseNumbers.at(t, i, lex)) {
      block(t, i, i + 1); // "at 27 Elm Road": an address
      return;
    }
    if (DesignatedNumbers.designated(t, i, lex)) {
      blockChain(t, i); // "ISBN 978-3-16-148410-0", "Section 5-7"
      int e = i + 1;
      while (e < t.size() && t.isBlocked(e)) {
        e++;
      }
      // "pp. 12 – 15"
      if (t.isDash(e) && t.isDigits(e + 1)) {
        block(t, e, e + 2);
      }
    }
  }

  /**
   * Digits opening an identifier written with dashes and no spaces: three or more groups of
   * digits or capitals ("2018–23–51", "2019–NM–035–AD", "202–493–2251") unless they read as a
   * date (a year of four digits at one end, a month and a day); or two numbers where the second
   * is smaller and shorter ("737–8", a model and its variant: a range never runs downwards, and
   * a year range abbreviates to two digits, "1992–94") and the two are not a day and a month.
   */
  private static boolean identifier(Toks t, int i) {
    if (t.attached(i) && t.isDash(i - 1)) {
      return false; // not the first group
    }
    int parts = 1;
    boolean allDigits = true;
    int j = i;
    while (t.isDash(j + 1) && t.attached(j + 1) && t.attached(j + 2)
        && (t.isDigits(j + 2) || capitalsCode(t, j + 2))) {
      allDigits &= t.isDigits(j + 2);
      parts++;
      j += 2;
    }
    if (parts >= 3) {
      return !(parts == 3 && allDigits && dateGroups(t, i, i + 2, i + 4));
    }
    // "400–2,000": the second group opens a number grouped in thousands, so it is no variant
    // number but the high end of a range.
    boolean grouped = (t.isPunct(j + 1, ',') || t.isPunct(j + 1, '.')) && t.attached(j + 1)
        && t.isDigits(j + 2) && t.attached(j + 2) && t.length(j + 2) == 3;
    if (parts == 2 && allDigits && !grouped && !(t.attached(j + 1) && t.isWordTok(j + 1))) {
      int la = t.length(i);
      int lb = t.length(i + 2);
      // A day and a month ("26-1") is a date, not a model and its variant. Only a short second
      // group is read: a long one ("12-9591068685") overflows an int and is no month.
      boolean dayMonth = la <= 2 && lb <= 2 && t.smallValue(i) >= 1
          && t.smallValue(i) <= 31 && t.smallValue(i + 2) >= 1 && t.smallValue(i + 2) <= 12;
      // "1731–4": a year and its period's end written with its last digit, later in the decade.
      boolean years = la == 4 && lb == 1 && t.smallValue(i) >= 1000 && t.smallValue(i) <= 2100
          && t.smallValue(i + 2) > t.smallValue(i) % 10;
      return lb < la && !(la == 4 && lb == 2) && !dayMonth && !years
          && Long.parseLong(digits(t, i + 2)) < Long.parseLong(digits(t, i));
    }
    return false;
  }

  /** "339-27 BC": a falling pair of numbers before a BC era is a range of years, no model and variant. */
  private static boolean bcEraAt(Toks t, int k, Lexicon lex) {
    return t.isWordTok(k) && DateTokens.phrase(t, k, lex.words(WordList.ERA_BC), lex.starts(WordList.ERA_BC)) > 0;
  }

  /** A code of capitals (and digits) inside an identifier: "NM", "AD", "P". */
  private static boolean capitalsCode(Toks t, int k) {
    if (!t.isWordTok(k) || t.length(k) > 6) {
      return false;
    }
    for (int c = t.startOf(k); c < t.endOf(k); c++) {
      if (!Character.isUpperCase(t.chars[c]) && !Character.isDigit(t.chars[c])) {
        return false;
      }
    }
    return true;
  }

  /** The text of digit run k. */
  private static String digits(Toks t, int k) {
    return t.text.substring(t.startOf(k), t.endOf(k));
  }

  /** Three digit groups that can be a date: a year (1000–2100) at one end, a month and a day. */
  private static boolean dateGroups(Toks t, int a, int b, int c) {
    boolean yearFirst = t.length(a) == 4;
    if (!yearFirst && t.length(c) != 4 || t.length(a) > 4 || t.length(b) > 2 || t.length(c) > 4) {
      return false;
    }
    int y = t.smallValue(yearFirst ? a : c);
    int m = t.smallValue(b);
    int d = t.smallValue(yearFirst ? c : a);
    return y >= 1000 && y <= 2100 && (m >= 1 && m <= 12 && d >= 1 && d <= 31
        || d >= 1 && d <= 12 && m >= 1 && m <= 31);
  }

  /**
   * A label glued to a date by a lost separator ("Signed7 May 1945", "Bãi bỏ4 tháng 9", an
   * infobox row copied without its tab): a word of three letters or more, or of two ending in a
   * small letter (a word, not a code's capitals), then a day (1–31) and, after a space, a month
   * name or month word. Model names glue letters to longer numbers or to no month.
   */
  private static boolean labelBeforeDay(Toks t, int i, Lexicon lex) {
    int n = t.length(i - 1);
    return (n >= 3 || n == 2 && Character.isLowerCase(t.chars[t.endOf(i - 1) - 1]))
        && dayOfMonth(t, i, lex);
  }

  /**
   * Digits i are a day (1–31) with a month name or month word after a space: "Born:12 May
   * 1901", an infobox label and its colon glued to the date, is no note mark "houses.3".
   */
  private static boolean dayOfMonth(Toks t, int i, Lexicon lex) {
    if (t.length(i) > 2 || t.chars[t.startOf(i)] == '0'
        || t.smallValue(i) > 31 || !t.isWordTok(i + 1) || t.attached(i + 1)) {
      return false;
    }
    String next = t.norm(i + 1);
    return lex.month(next) > 0 || lex.words(WordList.MONTH_NUMBER_WORDS).contains(next);
  }

  /**
   * A label that opens a row of a table or an infobox pasted without its cell break, glued to
   * the value after it ("Population12,345", "Area1.5", "Deaths3,000"): a word of four
   * letters or more, upper case at most in its first letter, not a designator, preceded on its
   * line by at most three other words and nothing else. A model name has capitals or digits
   * inside ("MiG", "T-72") or stands in a sentence.
   */
  static boolean rowLabel(Toks t, int j, Lexicon lex) {
    Token w = t.get(j);
    if (w == null || !w.isWord() || w.text().length() < 4 || upperAfterFirst(w.text())
        || lex.designator(t, j)) {
      return false;
    }
    for (int k = j, words = 0; ; k--) {
      Token c = t.get(k);
      if (k == 0 || c.newlinesBefore() > 0) {
        return true;
      }
      if (!t.isWordTok(k - 1) || ++words > 3) {
        return false;
      }
    }
  }

  private static boolean upperAfterFirst(String s) {
    for (int k = 1; k < s.length(); k++) {
      if (Character.isUpperCase(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Word k holds a capital (read in place). */
  private static boolean hasUpper(Toks t, int k) {
    for (int c = t.startOf(k); c < t.endOf(k); c++) {
      if (Character.isUpperCase(t.chars[c])) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet DIGIT_PREFIXES = WordSet.of(AllPacks.DIGIT_PREFIXES);
  private static final WordSet DIGIT_SUFFIXES = WordSet.of(AllPacks.DIGIT_SUFFIXES);

  /** Word k may lead digits glued to it: read off the arrays (a code has three letters). */
  private static boolean allowedPrefix(Toks t, int k) {
    if (DIGIT_PREFIXES.containsWord(t, k, 0)
        || t.length(k) == 3 && Currencies.code(t.text.substring(t.startOf(k), t.endOf(k))) != null) {
      return true;
    }
    // Lower-case words of three letters or more: "mid-1990s", "pre-1914", "post-1945".
    return !hasUpper(t, k) && (t.normByChars(k) ? t.length(k) : t.norm(k).length()) >= 3;
  }

  /** Blocks the token at a and everything glued to it (T-72B3, 9K33-1). */
  private static void blockChain(Toks t, int a) {
    int b = a + 1;
    while (b < t.size() && t.attached(b) && !t.isPunct(b, ',') && !t.isPunct(b, ')')
        && !(t.isPunct(b, '.') && (b + 1 >= t.size() || !t.attached(b + 1)))) {
      b++;
    }
    block(t, a, b);
  }
}
