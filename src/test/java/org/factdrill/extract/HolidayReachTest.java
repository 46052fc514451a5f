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
 * A holiday is read only with a four-digit year after its name and at most two year links, so
 * the recognizer asks for the name only where such a run is within reach: on generated texts of
 * every pack's holiday names (whole, word by word, with prefix letters and capitals), its year
 * links, runs of every length and the marks between them, it answers at every index what the
 * reading of every name starting there (kept here as the oracle) answered.
 */
class HolidayReachTest {
  private static final List<Language> LANGS = Language.values();
  private static final java.util.Map<Language, DateRecognizer> RECS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Provide
  Arbitrary<String> text() {
    Set<String> parts = new java.util.LinkedHashSet<>(List.of(" ", " ", " ", " ", "  ", "\n",
        "\n\n", "/", ".", ",", "-", "'", "(", ")", "1948", "1948", "2020", "1999", "0999", "3000",
        "12", "7", "123", "12345", "words", "tale", "\u05D1", "\u05D4", "\u05D5\u05DC", "-"));
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      parts.addAll(lex.words(WordList.HOLIDAY_YEAR_LINKS));
      for (String h : lex.pack().holidays().keySet()) {
        parts.add(h);
        parts.add(h + " ");
        parts.addAll(List.of(h.split(" ")));
        parts.add(h.substring(0, 1).toUpperCase(Locale.ROOT) + h.substring(1));
        for (char p : lex.pack().prefixes().toCharArray()) {
          parts.add(p + h);
          parts.add(p + "-" + h);
        }
      }
    }
    List<String> names = new ArrayList<>();
    List<String> links = new ArrayList<>(List.of("and", "1948"));
    for (Language l : LANGS) {
      names.addAll(Lexicon.of(l).pack().holidays().keySet());
      links.addAll(Lexicon.of(l).words(WordList.HOLIDAY_YEAR_LINKS));
    }
    // A name, up to two links and a year-like run: the reading's own shape, at every length.
    Arbitrary<String> window = net.jqwik.api.Combinators.combine(Arbitraries.of(names),
        Arbitraries.of(links).list().ofMaxSize(2), Arbitraries.of("1948", "2020", "1066", "0999",
            "2101", "12", "12345", "1948/9")).as((n, ls, y) -> n + " " + String.join(" ", ls)
            + (ls.isEmpty() ? "" : " ") + y);
    Arbitrary<String> noise = Arbitraries.of(new ArrayList<>(parts)).list().ofMaxSize(8)
        .map(l -> String.join("", l));
    return Arbitraries.oneOf(window, noise).list().ofMinSize(0).ofMaxSize(5)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 4000, seed = "23")
  void aHolidayIsReadOnlyWhereItsYearIsWithinReach(@ForAll("text") String text) {
    for (Language l : LANGS) {
      DateRecognizer rec = RECS.computeIfAbsent(l, k -> DateRecognizer.of(Lexicon.of(l)));
      Toks t = Tokenizer.toks(text);
      Toks o = Tokenizer.toks(text); // the oracle's own tokens
      for (int i = 0; i < t.size(); i++) {
        assertEquals(oracle(rec, o, i), rec.holiday(t, i), l + " at " + i + ": " + text);
      }
    }
  }

  /** The holiday reading before the reach test: every name starting at i read in full. */
  private static DateRecognizer.Hit oracle(DateRecognizer rec, Toks t, int i) {
    Lexicon lex = rec.lex;
    boolean holidayAtNonWord = false;
    for (String name : lex.pack().holidays().keySet()) {
      List<Token> toks = Tokenizer.tokenize(name);
      holidayAtNonWord |= !toks.isEmpty() && !toks.get(0).isWord();
    }
    if (!holidayAtNonWord && !t.isWordTok(i)
        || t.isWordTok(i) && !rec.lists.mayStartHoliday(t, i)) {
      return null;
    }
    for (Lexicon.Holiday h : lex.holidaysStartingWith(t.norm(i))) {
      int n = h.norms().size();
      boolean same = true;
      for (int j = 1; j < n && same; j++) {
        String w = h.norms().get(j);
        same = t.isWordTok(i + j) ? t.isWord(i + j, w) : t.norm(i + j).equals(w);
      }
      if (!same) {
        continue;
      }
      int k = i + n;
      for (int links = 0; links < 2 && rec.lists.holds(WordList.HOLIDAY_YEAR_LINKS, t, k);
          links++) {
        k++;
      }
      int y = DateTokens.plainInt(t, k, 4) == DateTokens.year4(t, k) ? DateTokens.year4(t, k) : -1;
      if (y < 0 || t.isBlocked(k) || t.isPunct(k + 1, '/') && t.attached(k + 1)) {
        return null;
      }
      java.util.Optional<org.factdrill.lang.Holidays.Days> days =
          org.factdrill.lang.Holidays.of(h.rule(), y);
      if (days.isEmpty()) {
        return null;
      }
      java.time.LocalDate a = days.get().first();
      java.time.LocalDate b = days.get().last();
      DateParts lo = DateParts.of(a.getYear(), a.getMonthValue(), a.getDayOfMonth());
      return days.get().oneDay() ? new DateRecognizer.Hit(i, k + 1, lo)
          : new DateRecognizer.Hit(i, k + 1, lo,
              DateParts.of(b.getYear(), b.getMonthValue(), b.getDayOfMonth()));
    }
    return null;
  }
}
