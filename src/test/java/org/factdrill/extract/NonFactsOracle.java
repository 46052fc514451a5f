package org.factdrill.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePacks;

/**
 * The token side's marking passes before the arrays steps (main 2561de1), kept verbatim as the
 * oracle of {@link NonFactsArraysTest}: NonFacts, NoteMarks, GluedDigits, ModelNumbers,
 * SiteCounters, MarkupNumbers, DesignatedNumbers, Positions, NumberingLines, OtherCalendarYears,
 * ItemCounters and GluedDates as they made a Token for every digit run and its neighbours (nested,
 * so they call one another).
 */
final class NonFactsOracle {
  private NonFactsOracle() {}

  /**
   * Marks tokens that look like numbers but are not facts, before any recognizer runs: citation
   * markers ([12], [cần dẫn nguồn]), model and weapon names (T-72, S-400, MiG-21, B-52, 9K33,
   * COVID-19; Boeing 747, 737 MAX: {@link ModelNumbers}), URLs and e-mail addresses, coordinates (40°N), times of day (10:30), page and
   * section references (p. 12, Section 907, Quân đoàn 4, סעיף 3) and list numbering ("1." at the
   * start of a line).
   */
  static final class NonFacts {
    private NonFacts() {}

    static void mark(Toks t, Lexicon lex) {
      markUrls(t);
      Set<String> models = ModelNumbers.collector();
      // Only digit runs and "[" do anything here: the loop visits those alone, in order.
      int[] marks = t.marks();
      for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
        Token tok = t.get(i);
        if (tok.isPunct('[')) {
          citation(t, i);
        } else if (tok.isDigits() && (NoteMarks.glued(t, i) && !dayOfMonth(t, i, lex)
            || GluedDigits.label(t, i, lex))) {
          block(t, i, i + 1); // "the gardener,1 who": a note mark; "slav4", "(2).png", "82'"
        } else if (tok.isDigits()) {
          coordinates(t, i);
          digits(t, i, lex);
          if (ModelNumbers.mark(t, i, lex) || t.isBlocked(i) && modelVariant(t, i)) {
            models.add(tok.text());
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
      SiteCounters.mark(t, lex);
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
      if (!t.isDigits(i) || t.get(i).text().length() > 3 || !t.isPunct(i + 1, '.')
          || !t.attached(i + 1) || !t.isDigits(i + 2) || !t.attached(i + 2)
          || t.get(i + 2).text().length() < decimals) {
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
        if (t.get(i).isPunct('@') && t.attached(i) && t.attached(i + 1)) {
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
        Token c = t.get(k);
        if (c.isPunct(']')) {
          if (k > i + 1) {
            block(t, i, k + 1);
            for (int m = i; m <= k; m++) {
              t.cite(m);
            }
          }
          return;
        }
        boolean ok = c.isDigits() || c.isPunct(',') || c.isPunct(':') || c.isDash()
            || c.isPunct('.') || c.isPunct(';')
            || c.isWord() && (c.norm().length() <= 2 || AllPacks.CITATION_WORDS.contains(c.norm()));
        if (!ok) {
          return;
        }
      }
    }

    private static boolean latin(Token w) {
      char c = w.text().charAt(0);
      return c < 0x250;
    }

    private static void digits(Toks t, int i, Lexicon lex) {
      Token tok = t.get(i);
      // Letters glued before the digits: "G20", "T-72", "MiG-21", "S-400" (not "năm1993", "ב-1948").
      if (t.attached(i)) {
        Token p = t.get(i - 1);
        if (p.isWord() && latin(p) && !allowedPrefix(p)
            && !lex.words(WordList.FISCAL_YEAR_PREFIXES).contains(p.norm()) && !labelBeforeDay(t, i, lex)
            && !rowLabel(t, i - 1, lex)) {
          blockChain(t, i - 1);
          return;
        }
        if (p.isDash() && t.attached(i - 1)) {
          Token w = t.get(i - 2);
          if (w != null && w.isWord() && latin(w) && !allowedPrefix(w)
              && (hasUpper(w) || w.text().length() <= 2)) {
            blockChain(t, i - 2);
            return;
          }
        }
        if (p.isPunct('#')) {
          blockChain(t, i - 1);
          return;
        }
      }
      // "£,972": a thousands group opened by its separator lost the digits before it (a damaged
      // scan); no figure is better than a wrong one. The decimal separator may open a number (".5").
      if (tok.text().length() == 3 && t.attached(i) && (t.isPunct(i - 1, ',') || t.isPunct(i - 1, '.'))
          && t.punct(i - 1) != lex.decimalSeparator() && !(t.attached(i - 1) && t.isDigits(i - 2))) {
        blockChain(t, i);
        return;
      }
      if (identifier(t, i) && !bcEraAt(t, i + 3, lex)) {
        blockChain(t, i);
        return;
      }
      // "the '70s": a decade whose century the text leaves out, not the number 70.
      if (tok.text().length() == 2 && t.attached(i) && (t.isPunct(i - 1, '\'')
          || t.isPunct(i - 1, '\u2019')) && DateTokens.decadeEnding(t, i + 1)
          && t.attached(i + 1)) {
        block(t, i - 1, i + 2);
        return;
      }
      // Letters glued after: "9K33", "2S19", "4x4" (not "1990s", "100K", "5th", "10km").
      Token nx = t.get(i + 1);
      if (nx != null && nx.isWord() && t.attached(i + 1) && latin(nx)
          && (!AllPacks.DIGIT_SUFFIXES.contains(nx.norm())
              || t.isDigits(i + 2) && t.attached(i + 2))) {
        blockChain(t, i);
        return;
      }
      // Coordinates and temperatures: 40°N, 46°30′E.
      if (nx != null && t.attached(i + 1) && (nx.isPunct('°') || nx.isPunct('º'))) {
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
      if (nx != null && nx.isPunct(':') && t.attached(i + 1) && t.isDigits(i + 2)
          && t.attached(i + 2)) {
        blockChain(t, i);
        return;
      }
      // Clock times: "10 a.m.", "7 pm".
      if (nx != null && nx.isWord() && !t.attached(i + 1)
          && DateTokens.phrase(t, i + 1, AllPacks.CLOCK_ABBREVIATIONS,
              AllPacks.CLOCK_ABBREVIATION_STARTS) > 0) {
        block(t, i, i + 1);
        return;
      }
      // List numbering at the start of a line: "1. ", "2) ".
      if ((tok.newlinesBefore() > 0 || i == 0) && tok.text().length() <= 2 && nx != null
          && (nx.isPunct('.') || nx.isPunct(')')) && t.attached(i + 1)
          && (t.get(i + 2) == null || t.get(i + 2).gapBefore())) {
        block(t, i, i + 2);
        return;
      }
      // Hebrew "הכנסת ה-12", "המאה ה-20": the definite article before digits makes an ordinal
      // (a date such as "ה-14 במאי" has a month after it and is read by the date recognizer).
      if (t.attached(i) && t.isDash(i - 1) && t.attached(i - 1) && t.isWordTok(i - 2)
          && lex.words(WordList.ORDINAL_ARTICLES).contains(t.norm(i - 2)) && lex.month(t.norm(i + 1)) == 0
          && !(t.isPunct(i + 1, '.') || t.isPunct(i + 1, '/'))
          && lex.words(WordList.ORDINAL_ARTICLE_DECADES).stream().noneMatch(t.norm(i - 3)::contains)
          && lex.prefixLength(t.norm(i - 3), lex.words(WordList.ORDINAL_ARTICLE_CENTURIES)::contains) < 0) {
        block(t, i - 2, i + 1);
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
          && (t.isDigits(j + 2) || capitalsCode(t.get(j + 2)))) {
        allDigits &= t.isDigits(j + 2);
        parts++;
        j += 2;
      }
      if (parts >= 3) {
        return !(parts == 3 && allDigits && dateGroups(t.get(i).text(), t.get(i + 2).text(),
            t.get(i + 4).text()));
      }
      // "400–2,000": the second group opens a number grouped in thousands, so it is no variant
      // number but the high end of a range.
      boolean grouped = (t.isPunct(j + 1, ',') || t.isPunct(j + 1, '.')) && t.attached(j + 1)
          && t.isDigits(j + 2) && t.attached(j + 2) && t.get(j + 2).text().length() == 3;
      if (parts == 2 && allDigits && !grouped && !(t.get(j + 1) != null && t.attached(j + 1)
          && t.get(j + 1).isWord())) {
        String a = t.get(i).text();
        String b = t.get(i + 2).text();
        // A day and a month ("26-1") is a date, not a model and its variant. Only a short second
        // group is read: a long one ("12-9591068685") overflows an int and is no month.
        boolean dayMonth = a.length() <= 2 && b.length() <= 2 && Integer.parseInt(a) >= 1
            && Integer.parseInt(a) <= 31 && Integer.parseInt(b) >= 1 && Integer.parseInt(b) <= 12;
        return b.length() < a.length() && !(a.length() == 4 && b.length() == 2) && !dayMonth
            && Long.parseLong(b) < Long.parseLong(a);
      }
      return false;
    }

    /** "339-27 BC": a falling pair of numbers before a BC era is a range of years, no model and variant. */
    private static boolean bcEraAt(Toks t, int k, Lexicon lex) {
      return t.isWordTok(k) && DateTokens.phrase(t, k, lex.words(WordList.ERA_BC), lex.starts(WordList.ERA_BC)) > 0;
    }

    /** A code of capitals (and digits) inside an identifier: "NM", "AD", "P". */
    private static boolean capitalsCode(Token w) {
      if (w == null || !w.isWord() || w.text().length() > 6) {
        return false;
      }
      return w.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Three digit groups that can be a date: a year (1000–2100) at one end, a month and a day. */
    private static boolean dateGroups(String a, String b, String c) {
      boolean yearFirst = a.length() == 4;
      if (!yearFirst && c.length() != 4 || a.length() > 4 || b.length() > 2 || c.length() > 4) {
        return false;
      }
      int y = Integer.parseInt(yearFirst ? a : c);
      int m = Integer.parseInt(b);
      int d = Integer.parseInt(yearFirst ? c : a);
      return y >= 1000 && y <= 2100 && (m >= 1 && m <= 12 && d >= 1 && d <= 31
          || d >= 1 && d <= 12 && m >= 1 && m <= 31);
    }

    /**
     * A label glued to a date by a lost separator ("Signed7 May 1945", an infobox row copied
     * without its tab): a word of three letters or more, then a day (1–31) and, after a space, a
     * month name or month word. Model names glue letters to longer numbers or to no month.
     */
    private static boolean labelBeforeDay(Toks t, int i, Lexicon lex) {
      return t.get(i - 1).text().length() >= 3 && dayOfMonth(t, i, lex);
    }

    /**
     * Digits i are a day (1–31) with a month name or month word after a space: "Born:12 May
     * 1901", an infobox label and its colon glued to the date, is no note mark "houses.3".
     */
    private static boolean dayOfMonth(Toks t, int i, Lexicon lex) {
      Token day = t.get(i);
      if (day.text().length() > 2 || day.text().charAt(0) == '0'
          || Integer.parseInt(day.text()) > 31 || !t.isWordTok(i + 1) || t.attached(i + 1)) {
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

    private static boolean hasUpper(Token w) {
      for (int k = 0; k < w.text().length(); k++) {
        if (Character.isUpperCase(w.text().charAt(k))) {
          return true;
        }
      }
      return false;
    }

    private static boolean allowedPrefix(Token w) {
      String n = w.norm();
      if (AllPacks.DIGIT_PREFIXES.contains(n) || Currencies.code(w.text()) != null) {
        return true;
      }
      // Lower-case words of three letters or more: "mid-1990s", "pre-1914", "post-1945".
      return !hasUpper(w) && n.length() >= 3;
    }

    /** Blocks the token at a and everything glued to it (T-72B3, 9K33-1). */
    private static void blockChain(Toks t, int a) {
      int b = a + 1;
      while (b < t.size() && t.attached(b) && !t.get(b).isPunct(',') && !t.get(b).isPunct(')')
          && !(t.get(b).isPunct('.') && (b + 1 >= t.size() || t.get(b + 1).gapBefore()))) {
        b++;
      }
      block(t, a, b);
    }
  }

  /**
   * A note's number glued to the punctuation after a word ("the gardener,1 who", "houses.3"):
   * text copied from a page whose note marks were superscripts keeps them so. A number of one to
   * three digits right after a comma, period, semicolon or colon that is itself glued to a word's
   * letters, with white space or the text's end after it, is a note mark, never a figure. A figure
   * after a clause's punctuation is written with a space ("in 1990, 5 ships"), and a group or
   * decimal mark stands between digits ("1,500"), not after letters.
   */
  static final class NoteMarks {
    private NoteMarks() {}

    /** True when the digits token at {@code i} is a note mark glued to a word's punctuation. */
    static boolean glued(Toks t, int i) {
      Token d = t.get(i);
      if (d == null || !t.isDigits(i) || d.text().length() > 3 || !t.attached(i)) {
        return false;
      }
      Token p = t.get(i - 1);
      if (p == null || p.punct() != ',' && p.punct() != '.' && p.punct() != ';' && p.punct() != ':'
          || !t.attached(i - 1) || !t.isWordTok(i - 2)) {
        return false;
      }
      Token next = t.get(i + 1);
      return next == null || next.gapBefore();
    }
  }

  /**
   * Digits that belong to a word or a name rather than standing as a figure, found by what is glued
   * to them: a note mark or user-name digits glued to the end of a word ("תושביה3 עבדו", a
   * superscript note copied as text; "slav4", a signature's user name), a number inside a file name
   * ("old map (2).png") and a year cut to two digits with its apostrophe ("מבצע 82'"). A figure of
   * the story is written apart from the words around it; where white space was lost before a
   * number, the word before it is one that leads numbers (a preposition, a year or month word, a
   * hedge, the language's prefix letters: "năm1993", "ב1948"), and a label glued to a date's day
   * or to a table row's value ("Signed7 May 1945", "Population12,345") is left to its own rule.
   */
  static final class GluedDigits {
    private GluedDigits() {}

    /** Extensions of files a wiki or a page names inline; the number before one names the file. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "svg",
        "tif", "tiff", "webp", "bmp", "pdf", "djvu", "ogg", "ogv", "oga", "webm", "mp3", "mp4",
        "wav", "doc", "docx", "xls", "xlsx", "txt");

    /** True when the digits token at {@code i} is part of a word, a file's name or a cut year. */
    static boolean label(Toks t, int i, Lexicon lex) {
      return t.isDigits(i) && (afterWord(t, i, lex) || inFileName(t, i) || shortYear(t, i));
    }

    /**
     * One to three digits glued to the end of a word of two letters or more that leads no number,
     * with white space or punctuation (not a group or decimal mark before more digits) after them.
     */
    static boolean afterWord(Toks t, int i, Lexicon lex) {
      Token d = t.get(i);
      if (d.text().length() > 3 || !t.attached(i) || !t.isWordTok(i - 1)) {
        return false;
      }
      String w = t.norm(i - 1);
      if (w.length() < 2 || lex.isPrefixOnly(w) || leadsNumbers(t, i - 1, lex)
          || Currencies.code(t.get(i - 1).text()) != null) {
        return false;
      }
      Token next = t.get(i + 1);
      if (t.isDigits(i + 1) && Character.isSpaceChar(lex.groupSeparator())
          && t.get(i + 1).text().length() == 3) {
        return false; // "епдрблж852 143": the first group of a number grouped by spaces
      }
      if ((next == null || next.newlinesBefore() > 0 || t.get(i - 1).isCapitalized())
          && NonFacts.rowLabel(t, i - 1, lex)) {
        return false; // "Population12", "Depth5 mi": a row's label and its value
      }
      if (next != null && !next.gapBefore()) {
        if (next.isWord() || next.isDigits() || t.isDigits(i + 2) && t.attached(i + 2)) {
          return false; // "abc12def", "Area1.5", "Deaths3,000": no lone number
        }
      }
      // "Signed7 May 1945": a label glued to the day of a date.
      return !(t.isWordTok(i + 1) && (lex.month(t.norm(i + 1)) > 0
          || lex.words(WordList.MONTH_NUMBER_WORDS).contains(t.norm(i + 1))));
    }

    /** A word that leads a number, alone or after the language's prefix letters. */
    private static boolean leadsNumbers(Toks t, int j, Lexicon lex) {
      String w = t.norm(j);
      if (lex.trigger(t, j) || AllPacks.DIGIT_PREFIXES.contains(w) || lex.designator(t, j)) {
        return true;
      }
      for (WordList l : LEADS) {
        Set<String> words = lex.words(l);
        if (!words.isEmpty() && lex.prefixLength(w, words::contains) >= 0) {
          return true;
        }
      }
      return false;
    }

    private static final WordList[] LEADS = {WordList.TIME_PREPOSITIONS, WordList.HEDGES,
        WordList.DATE_HEDGES, WordList.YEAR_WORDS, WordList.DAY_WORDS, WordList.MONTH_NUMBER_WORDS,
        WordList.DECADE_WORDS, WordList.CENTURY_WORDS, WordList.FISCAL_YEAR_PREFIXES,
        WordList.DAY_PREPOSITIONS, WordList.APPROX_PREFIXES, WordList.RANGE_CONNECTORS,
        WordList.RANGE_BETWEEN, WordList.MINUS, WordList.SCALE_WORDS, WordList.AGE_WORDS};

    /** Digits in a run of glued tokens that ends in a file's extension: "(2).png", "map_3.svg". */
    static boolean inFileName(Toks t, int i) {
      for (int k = i + 1; k <= i + 6 && t.attached(k); k++) {
        if (t.isPunct(k, '.') && t.isWordTok(k + 1) && t.attached(k + 1)
            && FILE_EXTENSIONS.contains(t.norm(k + 1))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Two digits followed by an apostrophe or a geresh and nothing glued after it, the year a name
     * cuts short ("מבצע 82'", the operation of '82): which century it means the text leaves to the
     * reader, and it is no count.
     */
    static boolean shortYear(Toks t, int i) {
      if (t.get(i).text().length() != 2 || t.attached(i)) {
        return false;
      }
      Token a = t.get(i + 1);
      if (a == null || a.gapBefore() || !(a.isPunct('\'') || a.isPunct('\u2019')
          || a.isPunct('\u05F3'))) {
        return false;
      }
      Token after = t.get(i + 2);
      return after == null || after.gapBefore() || !after.isWord() && !after.isDigits();
    }
  }

  /**
   * Numbers that name a model rather than count anything: a number bound to a capitalised model
   * word ("Boeing 747", where the pack says its language puts a maker's name before the model
   * number), followed by a variant word written in capitals ("737 MAX", the pack's
   * {@code model-variants}), or joined by a dash to letters with a capital ("737-MAX"); and, once a
   * number has been read as a model in a text, the same number next to a capitalised word
   * elsewhere in it ("Boeing 737" ... "737 Classic").
   */
  static final class ModelNumbers {
    private ModelNumbers() {}

    /** Blocks model numbers at digits token i if it is one; returns true when it did. */
    static boolean mark(Toks t, int i, Lexicon lex) {
      if (t.isBlocked(i) || !plain(t, i) || yearLike(t.get(i).text())) {
        return false;
      }
      Token nx = t.get(i + 1);
      boolean model;
      if (nx != null && nx.isDash() && t.attached(i + 1)) {
        // "737-MAX": letters with a capital joined by a dash (not "20-year", "5-day").
        model = t.isWordTok(i + 2) && t.attached(i + 2) && latin(t.get(i + 2))
            && hasUpper(t.get(i + 2));
      } else if (nx != null && t.attached(i + 1) && (nx.isWord() || nx.isDigits()
          || nx.isPunct('%') || nx.isPunct('°') || t.isDigits(i + 2) && t.attached(i + 2))) {
        model = false; // "5th", "1990s", "2,000", "3.5", "10:30": not this rule's
      } else {
        model = variantAfter(t, i, lex) || makerBefore(t, i, lex) || catalogueBefore(t, i, lex);
      }
      if (model) {
        t.blocked[i] = true;
      }
      return model;
    }

    /** "BWV 147": capitals (2-5, no currency code, era or month) before the number on its line. */
    private static boolean catalogueBefore(Toks t, int i, Lexicon lex) {
      Token w = t.get(i - 1);
      if (w == null || !w.isWord() || w.text().length() < 2 || w.text().length() > 5
          || t.attached(i) || t.lineBreakBefore(i) || w.text().charAt(0) >= 0x250
          || !w.text().chars().allMatch(Character::isUpperCase)) {
        return false;
      }
      String n = w.norm();
      Token nx = t.get(i + 1);
      return Currencies.code(w.text()) == null && lex.month(n) <= 0
          && !lex.words(WordList.ERA_AD).contains(n) && !lex.words(WordList.ERA_BC).contains(n)
          && !(nx != null && nx.isWord() && (lex.words(WordList.DURATION_UNITS).contains(nx.norm())
          || lex.words(WordList.YEAR_WORDS).contains(nx.norm())));
    }

    /**
     * Second pass over a text: numbers read as models somewhere in it stay models wherever they
     * stand next to a capitalised word; {@code models} holds the digits of those read so.
     */
    static void recurring(Toks t, Set<String> models) {
      if (models.isEmpty()) {
        return;
      }
      int[] marks = t.marks();
      for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
        if (!t.isBlocked(i) && t.get(i).isDigits() && models.contains(t.get(i).text())
            && !yearLike(t.get(i).text())
            && plain(t, i) && (capitalisedWord(t, i + 1) && !t.attached(i + 1)
            || capitalisedWord(t, i - 1) && !t.attached(i) && t.isWordTok(i - 2))) {
          t.blocked[i] = true;
        }
      }
    }

    /** A set to collect model numbers in, one per text. */
    static Set<String> collector() {
      return new HashSet<>();
    }

    /** Digits of one to four figures with no word, digits or dash glued before them. */
    private static boolean plain(Toks t, int i) {
      if (t.get(i).text().length() > 4) {
        return false;
      }
      Token p = t.get(i - 1);
      return !t.attached(i) || p == null || !(p.isWord() || p.isDigits() || p.isDash()
          || p.isPunct('.') || p.isPunct(',') || p.isPunct('/') || p.isPunct('#'));
    }

    /** "737 MAX": a variant word of the pack written in capitals right after the number. */
    private static boolean variantAfter(Toks t, int i, Lexicon lex) {
      Token w = t.get(i + 1);
      return w != null && w.isWord() && w.text().length() >= 2 && allCaps(w)
          && lex.words(WordList.MODEL_VARIANTS).contains(w.norm());
    }

    /**
     * "the Boeing 747": a word written with a capital and small letters right after a small-letter
     * word or the first word of a sentence (not a name of several words such as a byline's
     * author), on the same line as the number, not a
     * month, weekday, hedge, era or currency, before a number that cannot be a year and is no day
     * of a month after it.
     */
    private static boolean makerBefore(Toks t, int i, Lexicon lex) {
      if (!lex.has(PackFeature.MODEL_NAME_BEFORE_NUMBER) || !capitalisedWord(t, i - 1)
          || allCaps(t.get(i - 1)) || !t.isWordTok(i - 2) || t.attached(i - 1)
          || t.get(i).newlinesBefore() > 0 || t.get(i - 1).newlinesBefore() > 0
          || t.get(i - 2).isCapitalized() && !t.sentenceStart(i - 2)) {
        return false;
      }
      Token w = t.get(i - 1);
      String n = w.norm();
      if (lex.month(n) > 0 || lex.words(WordList.WEEKDAYS).contains(n)
          || lex.words(WordList.HEDGES).contains(n) || lex.words(WordList.ERA_AD).contains(n)
          || lex.words(WordList.ERA_BC).contains(n) || Currencies.code(w.text()) != null
          || lex.currencyBefore(t, i - 1) != null || lex.currencyBefore(t, i - 2) != null
          || lex.designator(t, i - 1)) {
        return false;
      }
      return !(t.isWordTok(i + 1) && (lex.month(t.norm(i + 1)) > 0
          || lex.words(WordList.MONTH_NUMBER_WORDS).contains(t.norm(i + 1))));
    }

    /** Four digits from 1000 to 2100: a year may stand next to any name ("the Paris 1900 fair"). */
    private static boolean yearLike(String digits) {
      if (digits.length() != 4) {
        return false;
      }
      int v = Integer.parseInt(digits);
      return v >= 1000 && v <= 2100;
    }

    private static boolean capitalisedWord(Toks t, int i) {
      Token w = t.get(i);
      return w != null && w.isCapitalized() && latin(w);
    }

    private static boolean latin(Token w) {
      return w.text().charAt(0) < 0x250;
    }

    private static boolean hasUpper(Token w) {
      return w.text().chars().anyMatch(Character::isUpperCase);
    }

    private static boolean allCaps(Token w) {
      return w.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
  }

  /**
   * Marks a site's counters, which say how a page is used, not what its text tells: a reading-time
   * line ("5 min read", "&lt; 3 דקות": a number and the pack's {@code reading-time} words alone on
   * their line, after marks at most), and a statistic after its label ("Posts: 1204", "Lượt xem:
   * 512"): one of the pack's {@code site-counters} phrases opening its line or a cell ("| Views:
   * 12"), a colon, then the number.
   */
  static final class SiteCounters {
    /** The longest label, in words. */
    private static final int LABEL_WORDS = 3;

    private SiteCounters() {}

    static void mark(Toks t, Lexicon lex) {
      Set<String> reading = lex.words(WordList.READING_TIME);
      Set<String> labels = lex.words(WordList.SITE_COUNTERS);
      if (reading.isEmpty() && labels.isEmpty()) {
        return;
      }
      int[] marks = t.marks();
      for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
        if (!t.isDigits(i) || t.isBlocked(i)) {
          continue;
        }
        if (t.isPunct(i - 1, ':') && labelled(t, i - 1, labels) || readingTime(t, i, reading)) {
          t.blocked[i] = true;
        }
      }
    }

    /** Words ending right before colon c, opening their line or a cell, are a counter's label. */
    private static boolean labelled(Toks t, int c, Set<String> labels) {
      String label = "";
      for (int k = c - 1; k >= c - LABEL_WORDS && t.isWordTok(k); k--) {
        label = label.isEmpty() ? t.norm(k) : t.norm(k) + " " + label;
        boolean opens = k == 0 || t.get(k).newlinesBefore() > 0 || t.type(k - 1) == Toks.PUNCT
            && t.punct(k - 1) != '\'' && t.punct(k - 1) != '"';
        if (opens) {
          return labels.contains(label);
        }
      }
      return false;
    }

    /** Digits i, with marks at most before them on their line and reading-time words after. */
    private static boolean readingTime(Toks t, int i, Set<String> reading) {
      for (int k = i; ; k--) {
        if (k == 0 || t.get(k).newlinesBefore() > 0) {
          break;
        }
        if (t.type(k - 1) != Toks.PUNCT) {
          return false;
        }
      }
      String words = "";
      int k = i + 1;
      for (; k < t.size() && t.get(k).newlinesBefore() == 0; k++) {
        if (!t.isWordTok(k)) {
          return false;
        }
        words = words.isEmpty() ? t.norm(k) : words + " " + t.norm(k);
      }
      return !words.isEmpty() && reading.contains(words);
    }
  }

  /**
   * Marks numbers that belong to a page's apparatus rather than its story, before any recognizer
   * runs: a wiki citation ("&lt;ref&gt;…&lt;/ref&gt;", "&lt;ref name="…"/&gt;", a citation
   * template such as "{{harvnb|…|1973|p=124}}", whose years and pages are a cited work's), a line
   * that is only a page number set between dashes ("— 151 —"), a revision-diff header ("Line 35:",
   * "Dòng 122:", "Hàng 171 ⟶ 159:"), and an item number written with an ordinal mark ("3◦.",
   * "2º"). The words are every pack's ({@code citation-templates}, {@code diff-line-labels}):
   * pages quote markup and furniture in any language.
   */
  static final class MarkupNumbers {
    /** Template names that cite a source, lower-case, from every pack. */
    private static final Set<String> TEMPLATES = LanguagePacks.allWords("citation-templates");
    /** Words that head a line of a revision diff, lower-case, from every pack. */
    private static final Set<String> DIFF_LABELS = LanguagePacks.allWords("diff-line-labels");
    /** Marks written right after a number to make it an ordinal: "1◦", "2º", "3ª". */
    private static final String ORDINAL_MARKS = "\u25e6\u00ba\u00aa";

    private MarkupNumbers() {}

    static void mark(Toks t) {
      String s = t.text;
      if (s.indexOf('<') >= 0) {
        references(t, s);
      }
      if (s.contains("{{")) {
        templates(t, s);
      }
      int[] marks = t.marks();
      for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
        if (t.get(i).isDigits() && (ordinal(t, i) || pageLine(t, i) || diffHeader(t, i))) {
          t.blocked[i] = true;
        }
      }
    }

    /** Every "&lt;ref …&gt;" tag with what it holds up to "&lt;/ref&gt;" (else to its line's end). */
    private static void references(Toks t, String s) {
      // The tags are found in the text itself, each character lowered as it is compared (the text
      // lowered whole was a copy per document); the dotted capital I, which lowers to two
      // characters and so moves the offsets of the lowered copy, keeps the old search.
      String lower = s.indexOf('\u0130') >= 0 ? s.toLowerCase(Locale.ROOT) : null;
      int from = 0;
      while (true) {
        int a = lower != null ? lower.indexOf("<ref", from) : indexOfLowered(s, "<ref", from);
        if (a < 0) {
          return;
        }
        String l = lower != null ? lower : s; // no other character lowers to '>', '\n' or '/'
        int gt = l.indexOf('>', a);
        int nl = l.indexOf('\n', a);
        int lineEnd = nl < 0 ? s.length() : nl;
        int end;
        if (gt < 0 || gt > lineEnd) {
          end = lineEnd; // a tag cut off at the line's end
        } else if (l.charAt(gt - 1) == '/') {
          end = gt + 1; // "<ref name="x"/>"
        } else {
          int close = lower != null ? lower.indexOf("</ref>", gt) : indexOfLowered(s, "</ref>", gt);
          end = close < 0 ? lineEnd : close + "</ref>".length();
        }
        t.blockChars(a, Math.max(end, a + 4));
        from = Math.max(end, a + 4);
      }
    }

    /**
     * {@code s.toLowerCase(Locale.ROOT).indexOf(key, from)} for a text without the dotted capital I
     * and a key of ASCII marks and lower-case letters that starts with '&lt;': only the capitals of
     * the key's letters lower to them (MarkupNumbersTest checks every character).
     */
    static int indexOfLowered(String s, String key, int from) {
      for (int a = s.indexOf('<', from); a >= 0; a = s.indexOf('<', a + 1)) {
        if (a + key.length() > s.length()) {
          return -1;
        }
        int j = 1;
        while (j < key.length() && Character.toLowerCase(s.charAt(a + j)) == key.charAt(j)) {
          j++;
        }
        if (j == key.length()) {
          return a;
        }
      }
      return -1;
    }

    /** Every citation template ("{{cite book|…}}", "{{Chú thích sách …}}"), nested braces counted. */
    private static void templates(Toks t, String s) {
      int from = 0;
      while (true) {
        int a = s.indexOf("{{", from);
        if (a < 0) {
          return;
        }
        int k = a + 2;
        while (k < s.length() && "|}\n".indexOf(s.charAt(k)) < 0) {
          k++;
        }
        String name = s.substring(a + 2, k).strip().toLowerCase(Locale.ROOT);
        int end = closing(s, a);
        if (citation(name)) {
          t.blockChars(a, end);
        }
        from = citation(name) ? end : a + 2;
      }
    }

    private static boolean citation(String name) {
      for (String w : TEMPLATES) {
        if (name.equals(w) || name.startsWith(w + " ")) {
          return true;
        }
      }
      return false;
    }

    /** The end of the template opening at {@code a}: after its matching "}}", or the text's end. */
    private static int closing(String s, int a) {
      int depth = 0;
      for (int k = a; k + 1 < s.length(); k++) {
        if (s.charAt(k) == '{' && s.charAt(k + 1) == '{') {
          depth++;
          k++;
        } else if (s.charAt(k) == '}' && s.charAt(k + 1) == '}') {
          depth--;
          k++;
          if (depth == 0) {
            return k + 1;
          }
        }
      }
      return s.length();
    }

    /** "3◦", "2º": a number with an ordinal mark glued to it numbers an item. */
    private static boolean ordinal(Toks t, int i) {
      Token next = t.get(i + 1);
      return next != null && t.attached(i + 1) && next.punct() != 0
          && ORDINAL_MARKS.indexOf(next.punct()) >= 0;
    }

    /** "— 151 —" alone on its line: a printed page's number. */
    private static boolean pageLine(Toks t, int i) {
      return t.isDash(i - 1) && lineStart(t, i - 1) && t.isDash(i + 1) && lineEnd(t, i + 2);
    }

    /** "Dòng 122:", "Line 35:", "Hàng 171 ⟶ 159:" alone on its line: a diff's line numbers. */
    private static boolean diffHeader(Toks t, int i) {
      int a = i;
      if (t.isDigits(i - 2) && arrow(t.get(i - 1))) {
        a = i - 2; // the second number of "171 ⟶ 159"
      }
      if (!t.isWordTok(a - 1) || !lineStart(t, a - 1) || !DIFF_LABELS.contains(t.norm(a - 1))) {
        return false;
      }
      int b = a + 1;
      if (arrow(t.get(b)) && t.isDigits(b + 1)) {
        b += 2;
      }
      return t.isPunct(b, ':') && lineEnd(t, b + 1);
    }

    private static boolean arrow(Token tok) {
      return tok != null && (tok.isDash() || tok.punct() == '\u27f6' || tok.punct() == '\u2192');
    }

    private static boolean lineStart(Toks t, int i) {
      return i == 0 || t.get(i) != null && t.get(i).newlinesBefore() > 0;
    }

    private static boolean lineEnd(Toks t, int i) {
      return t.get(i) == null || t.get(i).newlinesBefore() > 0;
    }
  }

  /**
   * Reads a number placed after a designator ("Section 5", "p. 12", "Quân đoàn 4", "סעיף 3") as a
   * label, not a figure. Two statements keep a count a count: a designator's noun after a word
   * that distributes ("each battalion 120 to 140 men", "mỗi tiểu đoàn", pack {@code distributives})
   * is counted, not named; and a unit's name never runs on to a whole number followed by its
   * counted noun ("quân đoàn tăng lên thành 5.200 người": the corps grew to 5,200 men), the
   * number's groups of thousands included.
   */
  static final class DesignatedNumbers {
    /** Words at most between a distributive word and the designator's last word. */
    private static final int DISTRIBUTIVE_REACH = 3;

    private DesignatedNumbers() {}

    /** A designator of the default language ("Section") in a text of another language. */
    private static boolean borrowedDesignator(Toks t, int j, Lexicon lex) {
      Lexicon borrowed = Lexicon.of(org.factdrill.text.Language.DEFAULT);
      return lex != borrowed && borrowed.designator(t, j);
    }

    /** A number right after "Section", "p.", "No.", "Quân đoàn", "số", "סעיף"... */
    static boolean designated(Toks t, int i, Lexicon lex) {
      int j = i - 1;
      if (t.isPunct(j, '.') && t.attached(j)) {
        j--;
      }
      if (j < 0 || !t.isWordTok(j)) {
        return false;
      }
      if (lex.designator(t, j) || t.get(j).isCapitalized() && borrowedDesignator(t, j, lex)) {
        // "con số 40.000" (the figure), "tổng số 300" (the total number): a count, no label.
        return j == 0 || !lex.words(WordList.FIGURE_NOUNS).contains(t.norm(j - 1) + " " + t.norm(j))
            && !distributed(t, j, lex);
      }
      // "Trung đoàn Bộ binh cơ giới 366": a unit's name between its noun and its number. A
      // function word is no part of a name: "Quân đoàn có 4.200 người" (the corps has 4,200 men).
      if (lex.has(PackFeature.DESIGNATOR_NAME_BETWEEN)) {
        for (int k = j - 1; k >= j - 4 && k >= 0; k--) {
          if (!t.isWordTok(k + 1) || !t.isWordTok(k)
              || lex.words(WordList.UNIT_STOPS).contains(t.norm(k + 1))) {
            return false;
          }
          if (lex.designator(t, k)
              && !lex.words(WordList.DESIGNATORS_WITHOUT_NAME).contains(t.norm(k))) {
            return lex.unit(t, afterGroups(t, i)) == null && !distributed(t, k, lex);
          }
        }
      }
      return false;
    }

    /** A distributive word ("each", "mỗi") stands before the designator ending at word j. */
    private static boolean distributed(Toks t, int j, Lexicon lex) {
      java.util.Set<String> words = lex.words(WordList.DISTRIBUTIVES);
      if (words.isEmpty()) {
        return false;
      }
      for (int k = j - 1; k >= j - DISTRIBUTIVE_REACH && t.isWordTok(k); k--) {
        if (words.contains(t.norm(k))) {
          return true;
        }
      }
      return false;
    }

    /** The token after the number at i and its groups of thousands ("5.200", "4,200"). */
    private static int afterGroups(Toks t, int i) {
      int e = i + 1;
      while ((t.isPunct(e, '.') || t.isPunct(e, ',')) && t.attached(e) && t.isDigits(e + 1)
          && t.attached(e + 1) && t.endOf(e + 1) - t.startOf(e + 1) == 3) {
        e += 2;
      }
      return e;
    }
  }

  /**
   * A place's position on a map is no figure to learn: a number of degrees with a compass point
   * after it ("41 degrees north", "21 độ Bắc", "38° N"), a latitude or longitude named before it
   * ("latitude 41", "vĩ độ 21"), a pair of numbers each with its compass letter ("28.5 N, 92.1
   * W"), and the minutes and seconds that go on a degree ("55° 30′ N"). The pack names the degree
   * words, the compass points and the latitude/longitude words; one-letter points count only in a
   * pair or after a degree, as a lone letter after a number names other things.
   */
  static final class Positions {
    private Positions() {}

    static void mark(Toks t, Lexicon lex) {
      if (lex.words(WordList.POSITION_COMPASS).isEmpty()) {
        return;
      }
      int[] marks = t.marks();
      for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
        if (!t.isDigits(i) || t.isBlocked(i) && !degreeSign(t, i + 1)) {
          continue;
        }
        if (t.isDigits(i - 1) && t.attached(i)) {
          continue; // the decimals of a number already visited
        }
        int e = numberEnd(t, i);
        int end = position(t, lex, i, e);
        if (end > 0) {
          // A prefix joined by a hyphen ("ב-31"): a recognizer reads the number from the prefix.
          boolean prefixed = t.isDash(i - 1) && t.attached(i) && t.isWordTok(i - 2)
              && t.attached(i - 1);
          block(t, prefixed ? i - 2 : i, end);
        }
      }
    }

    /** Where the position that starts with the number i..e ends, or -1 when it is none. */
    private static int position(Toks t, Lexicon lex, int i, int e) {
      boolean sign = degreeSign(t, e);
      int k = sign ? e + 1 : e;
      int u = t.isDash(k) && t.attached(k) && t.attached(k + 1) ? k + 1 : k;
      boolean unit = !sign && t.isWordTok(u) && lex.words(WordList.POSITION_UNITS).contains(t.norm(u));
      if (unit) {
        k = u + 1;
        k = t.isPunct(k, '.') && t.attached(k) ? k + 1 : k;
      }
      int degreeEnd = k;
      int marked = minutes(t, lex, k, false);
      k = minutes(t, lex, k, sign || unit);
      if ((sign || unit) && compass(t, lex, k, true)) {
        return k + 1; // "41 degrees north", "38° N", "55° 30′ N"
      }
      if (named(t, lex, i)) {
        return k; // "latitude 41", "vĩ độ 21"
      }
      if (sign && marked > degreeEnd && marked == k
          || (sign || unit) && k > degreeEnd && (compass(t, lex, i - 1, true)
          || t.isWordTok(k) && lex.words(WordList.POSITION_WORDS).contains(t.norm(k)))) {
        return k; // "55° 30′": the degree's minutes
      }
      // "28.5 N, 92.1 W": two numbers, each with its one-letter point.
      if (!sign && !unit && compass(t, lex, k, false) && t.isPunct(k + 1, ',') && t.isDigits(k + 2)) {
        int f = numberEnd(t, k + 2);
        if (compass(t, lex, f, true)) { // the pair tells it: "… 92.1 W on 5 June"
          return f + 1;
        }
      }
      return -1;
    }

    /** Past a degree's minutes and seconds from token k ("30′", "30' 15\"", "30 minutes"), or k. */
    private static int minutes(Toks t, Lexicon lex, int k, boolean degree) {
      for (int n = 0; n < 2; n++) {
        int d = degree && t.isPunct(k, ',') && t.isDigits(k + 1) ? k + 1 : k;
        if (!t.isDigits(d)) {
          return k;
        }
        if (minuteMark(t, d + 1) && t.attached(d + 1)) {
          k = d + 2;
        } else if (degree && t.isWordTok(d + 1)
            && lex.words(WordList.POSITION_MINUTES).contains(t.norm(d + 1))) {
          k = t.isPunct(d + 2, '.') && t.attached(d + 2) ? d + 3 : d + 2;
        } else {
          return k;
        }
      }
      return k;
    }

    /** Token k is a compass point; a one-letter one only when {@code letters} allows it. */
    private static boolean compass(Toks t, Lexicon lex, int k, boolean letters) {
      if (!t.isWordTok(k) || !lex.words(WordList.POSITION_COMPASS).contains(t.norm(k))) {
        return false;
      }
      boolean letter = t.endOf(k) - t.startOf(k) == 1;
      // A one-letter point is written in capitals and ends there ("N,", "W."), not a word's start.
      return !letter || Character.isUpperCase(t.text.charAt(t.startOf(k)))
          && (letters || !t.isWordTok(k + 1) || t.lineBreakBefore(k + 1));
    }

    /** A latitude or longitude word right before the number, or with a degree word between. */
    private static boolean named(Toks t, Lexicon lex, int i) {
      java.util.Set<String> words = lex.words(WordList.POSITION_WORDS);
      if (t.isWordTok(i - 1) && words.contains(t.norm(i - 1)) || t.isPunct(i - 1, '.')
          && t.isWordTok(i - 2) && words.contains(t.norm(i - 2))) {
        return true;
      }
      return t.isWordTok(i - 1) && lex.words(WordList.POSITION_UNITS).contains(t.norm(i - 1))
          && t.isWordTok(i - 2) && words.contains(t.norm(i - 2));
    }

    /** Past a number's decimals ("28.5"). */
    private static int numberEnd(Toks t, int i) {
      int e = i + 1;
      if ((t.isPunct(e, '.') || t.isPunct(e, ',')) && t.attached(e) && t.isDigits(e + 1)
          && t.attached(e + 1)) {
        e += 2;
      }
      return e;
    }

    private static boolean degreeSign(Toks t, int k) {
      return t.isPunct(k, '°') || t.isPunct(k, 'º') && t.attached(k);
    }

    private static boolean minuteMark(Toks t, int k) {
      return t.isPunct(k, '′') || t.isPunct(k, '\'') || t.isPunct(k, '’') || t.isPunct(k, '″')
          || t.isPunct(k, '"');
    }

    private static void block(Toks t, int from, int to) {
      for (int k = from; k < to && k < t.size(); k++) {
        t.blocked[k] = true;
      }
    }
  }

  /**
   * Marks a page's numbering: numbers standing on lines that hold no words (a pager row "127 128
   * 129 …", the page column of a table of contents, one number a line), which go on counting, each
   * the same as the number before it or one more, at least {@value #RUN} of them. A count or a
   * figure of a story does not come as such a run; a line of years ("1942", "1943", …: a chronology's
   * headings) is left alone, so only numbers below a thousand count, and so are digit groups one
   * space apart ("999 999 999 999" is one number where a space marks thousands).
   */
  static final class NumberingLines {
    /** How many numbers a run needs: three in a row happen by chance in a table. */
    static final int RUN = 4;

    private NumberingLines() {}

    static void mark(Toks t) {
      int[] marks = t.marks();
      int runFrom = -1; // index into marks of the run's first number
      int runLength = 0;
      int last = -2;
      for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
        int v = lone(t, i) ? value(t.get(i)) : -1;
        if (v < 0) {
          continue; // a number in prose neither extends nor breaks the run
        }
        if (runLength > 0 && (v == last || v == last + 1)) {
          runLength++;
        } else {
          blockRun(t, marks, runFrom, m, runLength);
          runFrom = m;
          runLength = 1;
        }
        last = v;
      }
      blockRun(t, marks, runFrom, Integer.MAX_VALUE, runLength);
    }

    /** Blocks the lone numbers among marks[from, to) when the run is long enough. */
    private static void blockRun(Toks t, int[] marks, int from, int to, int length) {
      if (length < RUN) {
        return;
      }
      for (int m = from; m < to && marks[m] >= 0; m++) {
        if (lone(t, marks[m]) && value(t.get(marks[m])) >= 0) {
          t.blocked[marks[m]] = true;
        }
      }
    }

    /** A digit run of one to three digits, set apart by space, whose line holds no word. */
    private static boolean lone(Toks t, int i) {
      Token tok = t.get(i);
      if (!tok.isDigits() || tok.text().length() > 3 || t.attached(i) || t.attached(i + 1)
          || grouped(t, i - 1, i) || grouped(t, i, i + 1)) {
        return false;
      }
      // Prose fails at the first word next to the number: the scan is short there.
      for (int k = i; k >= 0; k--) {
        Token c = t.get(k);
        if (k < i && c.isWord()) {
          return false;
        }
        if (c.newlinesBefore() > 0) {
          break;
        }
      }
      for (int k = i + 1; k < t.size() && t.get(k).newlinesBefore() == 0; k++) {
        if (t.get(k).isWord()) {
          return false;
        }
      }
      return true;
    }

    /**
     * Digit runs a and b written as one grouped number ("999 999", a space or no-break space as
     * the thousands mark): one character between them, b three digits.
     */
    private static boolean grouped(Toks t, int a, int b) {
      return t.isDigits(a) && t.isDigits(b) && t.get(b).text().length() == 3
          && t.startOf(b) - t.endOf(a) == 1;
    }

    private static int value(Token tok) {
      return tok.text().length() <= 3 ? Integer.parseInt(tok.text()) : -1;
    }
  }

  /**
   * Marks a year counted in another calendar, written right after that calendar's name ("Hebrew
   * calendar 5678–5679", "Buddhist calendar2462", as a year's page lists it in every calendar): it
   * is neither a year of the Gregorian calendar nor a count. The pack names the word that names a
   * calendar ({@code calendar-name-words}: "calendar") and the calendar whose years are the
   * text's own ({@code own-calendar-words}: "Gregorian calendar 1918" is a year).
   */
  static final class OtherCalendarYears {
    private OtherCalendarYears() {}

    static void mark(Toks t, Lexicon lex) {
      java.util.Set<String> names = lex.words(WordList.CALENDAR_NAME_WORDS);
      if (names.isEmpty()) {
        return;
      }
      int[] marks = t.marks();
      for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
        if (t.isWordTok(i - 1) && names.contains(t.norm(i - 1))
            && !lex.words(WordList.OWN_CALENDAR_WORDS).contains(t.norm(i - 2))) {
          int end = i + 1;
          if (t.isDash(end) && t.isDigits(end + 1)) {
            end += 2; // "5678–5679": a year of that calendar across two Gregorian years
          }
          for (int k = i; k < end; k++) {
            t.blocked[k] = true;
          }
        }
      }
    }
  }

  /**
   * Marks a carousel's or pager's counter: "1 / 7" under a picture, "Photo 3 of 12", "Slide 2/5".
   * It says which item of a series is on the screen, not how many of anything there are. A
   * counter is a number N, a slash set between spaces or a pack {@code counter-links} word ("of",
   * "trên", "מתוך", "из"), and a number M, with 1 &lt;= N &lt;= M &lt; 1000 and no further slash
   * (a date "1 / 7 / 1975" stays one); it opens its line, or follows one of the pack's
   * {@code counter-nouns} ("photo", "ảnh", "תמונה", "фото"). A linked counter ("3 of 12") opening
   * a line is one only when nothing but marks follows it there: "3 of 12 ships sank" is a fact.
   */
  static final class ItemCounters {
    private static final int MAX_ITEMS = 999;

    private ItemCounters() {}

    static void mark(Toks t, Lexicon lex) {
      java.util.Set<String> links = lex.words(WordList.COUNTER_LINKS);
      java.util.Set<String> nouns = lex.words(WordList.COUNTER_NOUNS);
      int n = t.size();
      for (int i = 0; i + 2 < n; i++) {
        // "Page 3 of 10": the item may be blocked already as a designator's number.
        if (!t.isDigits(i)
            || t.isBlocked(i) && !(t.isWordTok(i - 1) && nouns.contains(t.norm(i - 1)))) {
          continue;
        }
        boolean slash = t.isPunct(i + 1, '/') && t.get(i + 1).gapBefore()
            && t.get(i + 2).gapBefore();
        boolean slashGlued = t.isPunct(i + 1, '/') && t.attached(i + 1) && t.attached(i + 2);
        boolean linked = t.isWordTok(i + 1) && links.contains(t.norm(i + 1));
        if (!(slash || slashGlued || linked) || !t.isDigits(i + 2) || sameLine(t, i + 3)
            && (t.isPunct(i + 3, '/') || t.isDigits(i + 3) || t.isPunct(i + 3, '.')
            && t.attached(i + 3))) {
          continue;
        }
        if (i > 0 && t.attached(i) && (t.isPunct(i - 1, '/') || t.isPunct(i - 1, '.'))) {
          continue;
        }
        int a = value(t, i);
        int b = value(t, i + 2);
        if (a < 1 || a > b || b > MAX_ITEMS) {
          continue;
        }
        boolean afterNoun = t.isWordTok(i - 1) && nouns.contains(t.norm(i - 1));
        boolean opens = i == 0 || t.get(i).newlinesBefore() > 0;
        boolean counter = afterNoun && !slashGlued || afterNoun && slashGlued && nounOpens(t, i - 1)
            || opens && slash || opens && linked && onlyMarksAfter(t, i + 3);
        if (counter) {
          t.blocked[i] = true;
          t.blocked[i + 1] = true;
          t.blocked[i + 2] = true;
          i += 2;
        }
      }
    }

    /** A glued "2/5" is a counter only after a counter noun opening its line ("Slide 2/5"). */
    private static boolean nounOpens(Toks t, int k) {
      return k == 0 || t.get(k).newlinesBefore() > 0;
    }

    private static boolean sameLine(Toks t, int k) {
      Token tok = t.get(k);
      return tok != null && tok.newlinesBefore() == 0;
    }

    /** Whether only marks follow token {@code k - 1} to the end of its line. */
    private static boolean onlyMarksAfter(Toks t, int k) {
      for (int j = k; sameLine(t, j); j++) {
        if (t.get(j).punct() == 0) {
          return false;
        }
      }
      return true;
    }

    private static int value(Toks t, int i) {
      String s = t.get(i).text();
      return s.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(s);
    }
  }

  /**
   * Two dates glued by a lost separator, as text copied from a two-column layout gives them:
   * "6 June 198229 September 1982" is 6 June 1982 and 29 September 1982. The rule, in every
   * language: a run of five or six digits after a month name or a date word, whose first four
   * digits are a year (1000–2100) and whose rest is a day (1–31), and before a month name or a
   * month word, is that year and that day. So is such a run that ends a range of years ("1958-19981
   * Oct. 1958": a title's span of years glued to the first entry's date when line breaks were
   * lost), when its first four digits are a year not before the range's first one.
   */
  static final class GluedDates {
    private GluedDates() {}

    static void mark(Toks t, Lexicon lex) {
      // Both rules need digits at i or i + 1: only the digit runs are visited (Toks.marks).
      int[] marks = t.marks();
      for (int m = 0, d = marks[0]; d >= 0; d = marks[++m]) {
        if (d == 0 || !t.get(d).isDigits()) {
          continue;
        }
        // Only a word whose normal form differs (a capital or a non-ASCII letter) can hold a
        // glued month.
        Token w = t.get(d - 1);
        if (w.isWord() && w.norm() != w.text()) {
          labelBeforeMonth(t, d - 1, lex);
        }
        int i = d;
        Token tok = t.get(i);
        if (i + 1 >= t.size()) {
          continue;
        }
        int len = tok.end() - tok.start();
        if (len < 5 || len > 6 || t.isBlocked(i) || t.attached(i + 1)
            || !(tok.gapBefore() && dateWordBefore(t, i - 1, lex) || rangeEnd(t, i))
            || !monthAfter(t, i + 1, lex)) {
          continue;
        }
        int year = Integer.parseInt(tok.text().substring(0, 4));
        String dayText = tok.text().substring(4);
        int day = Integer.parseInt(dayText);
        if (year >= 1000 && year <= 2100 && day >= 1 && day <= 31 && dayText.charAt(0) != '0') {
          t.split(i, 4);
        }
      }
    }

    /**
     * A label glued to a month name that starts a date, as a table row pasted without its cell
     * break gives it ("dateMay 2, 1871"): a word whose last capital starts a month name of the
     * pack, after at least three lower-case letters, and before the date's digits. The month is
     * then read as a word of its own.
     */
    private static void labelBeforeMonth(Toks t, int i, Lexicon lex) {
      String w = t.get(i).text();
      int k = w.length() - 1;
      while (k > 0 && !Character.isUpperCase(w.charAt(k))) {
        k--;
      }
      if (k < 3 || !Character.isLowerCase(w.charAt(k - 1))) {
        return;
      }
      for (int c = 1; c < k; c++) {
        if (!Character.isLowerCase(w.charAt(c))) {
          return;
        }
      }
      if (lex.month(Tokenizer.normalize(w.substring(k))) > 0) {
        t.split(i, k);
      }
    }

    /** A month name ("June", "ביוני") or a word written before a year ("năm", "года"). */
    private static boolean dateWordBefore(Toks t, int j, Lexicon lex) {
      if (!t.isWordTok(j)) {
        return false;
      }
      String w = t.norm(j);
      return lex.month(w) > 0 || lex.words(WordList.DATE_FILLERS).contains(w)
          || lex.words(WordList.YEAR_WORDS).contains(w);
    }

    /** The run at {@code i} is glued to a dash right after a year of four digits ("1958-"). */
    private static boolean rangeEnd(Toks t, int i) {
      if (i < 2 || !t.attached(i) || !t.isDash(i - 1)
          || !t.attached(i - 1) || !t.isDigits(i - 2)) {
        return false;
      }
      String first = t.get(i - 2).text();
      return first.length() == 4 && first.compareTo(t.get(i).text().substring(0, 4)) <= 0;
    }

    /** A month name, or a word that a month number follows ("tháng 9"). */
    private static boolean monthAfter(Toks t, int j, Lexicon lex) {
      if (!t.isWordTok(j)) {
        return false;
      }
      String w = t.norm(j);
      return lex.month(w) > 0 || lex.words(WordList.MONTH_NUMBER_WORDS).contains(w);
    }
  }
}
