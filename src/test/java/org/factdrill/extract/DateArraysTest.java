package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.text.Language;

/**
 * The date grammars read the token arrays ({@link DateLists}, {@link DateTokens}' digit readers,
 * {@link NumericDates}) where they made each token and read its strings: on generated texts of
 * every pack's list words, phrases, month forms (with prefix letters, capitals, marks), digit
 * runs of every length and the marks between them, each answers exactly what the token-made
 * reading (kept here as the oracle, on its own copy of the tokens) answered, at every index.
 */
class DateArraysTest {
  private static final List<Language> LANGS = Language.values();
  /** The program makes one DateLists per pack (with its extractor) and asks it all its texts. */
  private static final java.util.Map<Language, DateLists> LISTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Provide
  Arbitrary<String> text() {
    Set<String> parts = new java.util.LinkedHashSet<>(List.of(" ", " ", " ", "  ", "\n", "\n\n",
        "/", ".", ",", "-", "\u2013", "%", "'", "\u2019", ":", "[", "]", "(", "0", "1", "3", "07",
        "12", "31", "32", "99", "123", "1945", "2015", "0945", "3000", "12345", "1234567890123",
        "e\u0301", "E\u0301t\u00c9", "\u05D1", "\u05D4", "\u05D5\u05DC", "-\u05D1", "\u05BE"));
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      for (WordList w : WordList.values()) {
        int k = 0;
        for (String p : lex.words(w)) {
          if (k++ < 12) { // a few of each list, whole and word by word
            parts.add(p);
            parts.addAll(List.of(p.split(" ")));
            parts.add(p.toUpperCase(Locale.ROOT));
          }
        }
      }
      for (String h : lex.pack().holidays().keySet()) {
        parts.add(h);
        parts.addAll(List.of(h.split(" ")));
        for (char p : lex.pack().prefixes().toCharArray()) {
          parts.add(p + h);
        }
      }
      int k = 0;
      for (String m : lex.pack().monthForms().keySet()) {
        if (k++ % 3 == 0) {
          parts.add(m);
          parts.add(m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1));
          for (char p : lex.pack().prefixes().toCharArray()) {
            parts.add(p + m);
          }
        }
      }
    }
    List<String> all = new ArrayList<>(parts);
    return Arbitraries.of(all).list().ofMinSize(0).ofMaxSize(36).map(l -> String.join("", l));
  }

  @Property(tries = 1000, seed = "14")
  void theListsReadOffTheArraysAnswerWhatTheMadeTokensAnswered(@ForAll("text") String text) {
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      DateLists lists = LISTS.computeIfAbsent(l, k -> new DateLists(lex));
      Toks t = Tokenizer.toks(text);
      Toks o = Tokenizer.toks(text); // the oracle's own tokens: none made on t by it
      for (int k = -1; k <= t.size(); k++) {
        for (WordList w : WordList.values()) {
          int at = k;
          Set<String> words = lex.words(w);
          assertEquals(o.isWordTok(k) && words.contains(o.norm(k)), lists.has(w, t, k),
              () -> l + " has " + w + " at " + at + " of " + text);
          assertEquals(words.contains(o.norm(k)), lists.holds(w, t, k),
              () -> l + " holds " + w + " at " + at + " of " + text);
          assertEquals(oldPhrase(o, k, words, lex.starts(w)), lists.phrase(w, t, k),
              () -> l + " phrase " + w + " at " + at + " of " + text);
          // Also DateTokens' plain reading, which builds and probes every run up to six
          // tokens at any k (what OtherCalendarYears asked before it read the lists).
          assertEquals(DateTokens.phrase(o, k, words), lists.phrase(w, t, k),
              () -> l + " plain phrase " + w + " at " + at + " of " + text);
          if (t.isWordTok(k) && !lists.mayBePrefixed(w, t, k)) { // a filter: no is surely no
            assertEquals(-1, lex.prefixLength(o.norm(k), words::contains),
                () -> l + " prefixed " + w + " at " + at + " of " + text);
          }
        }
        if (t.isWordTok(k) && !lists.mayStartHoliday(t, k)) {
          assertEquals(List.of(), lex.holidaysStartingWith(o.norm(k)), () -> text);
        }
        if (t.isWordTok(k) && !lists.mayBeMonth(t, k)) {
          assertEquals(null, lex.monthPrefix(o.norm(k)), () -> text);
        }
        int at = k;
        assertEquals(o.isWordTok(k) ? lex.month(o.norm(k)) : 0, lists.month(t, k),
            () -> l + " month at " + at + " of " + text);
      }
    }
  }

  @Property(tries = 3000, seed = "15")
  void digitRunsAndNumericDatesReadOffTheArraysAreTheTokensReadings(
      @ForAll("text") String text) {
    Toks t = Tokenizer.toks(text);
    Toks o = Tokenizer.toks(text);
    for (int k = -1; k <= t.size(); k++) {
      int at = k;
      for (int max = 1; max <= 4; max++) {
        assertEquals(oldPlainInt(o, k, max), DateTokens.plainInt(t, k, max), () -> at + text);
      }
      assertEquals(oldDay(o, k), DateTokens.day(t, k), () -> at + text);
      assertEquals(oldYear4(o, k), DateTokens.year4(t, k), () -> at + text);
      for (boolean monthFirst : new boolean[] {true, false}) {
        assertEquals(String.valueOf(oldNumeric(o, k, monthFirst)),
            String.valueOf(NumericDates.at(t, k, monthFirst)), () -> at + text);
      }
    }
  }

  // The readings as the grammars made them before, from the tokens' strings.

  private static int oldPhrase(Toks t, int k, Set<String> phrases, Set<String> starts) {
    if (t.get(k) == null || !starts.contains(t.norm(k))) {
      return 0;
    }
    int best = 0;
    StringBuilder sb = new StringBuilder();
    for (int n = 0; n < 6 && t.get(k + n) != null; n++) {
      if (n > 0) {
        sb.append(' ');
      }
      sb.append(t.norm(k + n));
      if (phrases.contains(sb.toString())) {
        best = n + 1;
      }
    }
    return best;
  }

  private static int oldPlainInt(Toks t, int i, int maxLen) {
    Token tok = t.get(i);
    if (tok == null || !tok.isDigits() || tok.text().length() > maxLen) {
      return -1;
    }
    if ((t.isPunct(i + 1, ',') || t.isPunct(i + 1, '.')) && t.attached(i + 1)
        && t.isDigits(i + 2) && t.attached(i + 2)) {
      return -1;
    }
    return Integer.parseInt(tok.text());
  }

  private static int oldDay(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isDigits() || tok.text().length() > 2) {
      return -1;
    }
    int d = Integer.parseInt(tok.text());
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static int oldYear4(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isDigits() || tok.text().length() != 4) {
      return -1;
    }
    int y = Integer.parseInt(tok.text());
    return y >= 1000 && y <= 2100 ? y : -1;
  }

  private static int oldFullDateYear(String digits) {
    int v = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return v;
    }
    if (digits.length() == 2) {
      return v <= 30 ? 2000 + v : 1900 + v;
    }
    return -1;
  }

  private static DateRecognizer.Hit oldNumeric(Toks t, int i, boolean monthFirst) {
    Token a = t.get(i);
    if (a == null || !a.isDigits()) {
      return null;
    }
    Token s1 = t.get(i + 1);
    if (s1 == null || !t.attached(i + 1) || !t.isDigits(i + 2) || !t.attached(i + 2)) {
      return null;
    }
    char sep = s1.text().charAt(0);
    if (!(sep == '/' || sep == '.' || sep == '-' || sep == '\u2013')) {
      return null;
    }
    Token b = t.get(i + 2);
    boolean three = t.isPunct(i + 3, sep) && t.attached(i + 3) && t.isDigits(i + 4)
        && t.attached(i + 4);
    if (three) {
      Token c = t.get(i + 4);
      if ((t.isPunct(i + 5, sep) || t.isPunct(i + 5, '.')) && t.isDigits(i + 6)
          && t.attached(i + 5) && t.attached(i + 6)) {
        return null;
      }
      if (a.text().length() == 4 && (sep == '-' || sep == '/' || sep == '.')
          && b.text().length() <= 2 && c.text().length() <= 2) {
        int y = Integer.parseInt(a.text());
        int m = Integer.parseInt(b.text());
        int d = Integer.parseInt(c.text());
        return DateParts.valid(m, d) && d > 0
            ? new DateRecognizer.Hit(i, i + 5, DateParts.of(y, m, d)) : null;
      }
      if (a.text().length() > 2 || b.text().length() > 2
          || !(c.text().length() == 4 || c.text().length() == 2)) {
        return null;
      }
      int x = Integer.parseInt(a.text());
      int z = Integer.parseInt(b.text());
      int y = oldFullDateYear(c.text());
      int d;
      int m;
      if (monthFirst ? DateParts.valid(x, z) : !DateParts.valid(z, x) && DateParts.valid(x, z)) {
        m = x;
        d = z;
      } else {
        d = x;
        m = z;
      }
      if (d < 1 || !DateParts.valid(m, d) || y < 0) {
        return null;
      }
      return new DateRecognizer.Hit(i, i + 5, DateParts.of(y, m, d));
    }
    if (sep == '/' && a.text().length() <= 2 && b.text().length() == 4) {
      int m = Integer.parseInt(a.text());
      int y = Integer.parseInt(b.text());
      if (m >= 1 && m <= 12 && y >= 1000 && y <= 2100
          && !(t.isPunct(i + 3, '/') && t.attached(i + 3))) {
        return new DateRecognizer.Hit(i, i + 3, DateParts.of(y, m, 0));
      }
    }
    return null;
  }
}
