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
 * {@link ArticleOnes} looks for another count in the sentence of a one, at every word of it: it
 * now asks the numerals' bit filter on the token arrays before it makes a word's string. On
 * generated texts of every pack's numerals (with prefix letters, capitals), article numerals,
 * round figure words, date, year and duration words, digit runs and sentence marks, it answers at
 * every token what the reading that made every word's string (kept here as the oracle) answered.
 */
class ArticleOnesScanTest {
  private static final List<Language> LANGS = Language.values();
  private static final int REACH = 60;

  @Provide
  Arbitrary<String> text() {
    Set<String> parts = new java.util.LinkedHashSet<>(List.of(" ", " ", " ", " ", "\n", ".",
        ". ", ",", "!", "?", ":", "-", "1", "5", "12", "123", "1945", "2015", "một", "Một",
        "chiếc", "tàu", "người", "năm", "tháng", "ngày", "the", "ship"));
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      int k = 0;
      for (String n : lex.pack().numerals().keySet()) {
        if (k++ % 2 == 0) {
          parts.add(n);
          parts.add(n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1));
          for (char p : lex.pack().prefixes().toCharArray()) {
            parts.add(p + n);
            parts.add(p + "" + p + n);
          }
        }
      }
      for (WordList w : List.of(WordList.ARTICLE_NUMERALS, WordList.ROUND_FIGURE_WORDS,
          WordList.YEAR_WORDS, WordList.DURATION_UNITS, WordList.ONE_COUNT_WORDS)) {
        k = 0;
        for (String p : lex.words(w)) {
          if (k++ < 12) {
            parts.add(p);
            parts.addAll(List.of(p.split(" ")));
          }
        }
      }
      k = 0;
      for (String m : lex.pack().monthForms().keySet()) {
        if (k++ % 4 == 0) {
          parts.add(m);
        }
      }
    }
    List<String> all = new ArrayList<>(parts);
    return Arbitraries.of(all).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Property(tries = 3000, seed = "23")
  void theOtherCountFoundOffTheArraysIsTheOneFoundByStrings(@ForAll("text") String text) {
    for (Language l : LANGS) {
      Lexicon lex = Lexicon.of(l);
      ArticleOnes a = new ArticleOnes(lex);
      Toks t = Tokenizer.toks(text);
      Toks o = Tokenizer.toks(text); // the oracle's own tokens: none made on t by it
      for (int i = 0; i < t.size(); i++) {
        int at = i;
        assertEquals(otherCount(o, i, lex), a.otherCount(t, i),
            () -> l + " at " + at + " of \"" + text + "\"");
      }
    }
  }

  /** The old scan: every word's string made and looked up among the numerals. */
  private static boolean otherCount(Toks t, int i, Lexicon lex) {
    int from = i;
    while (from > 0 && i - from < REACH && !t.sentenceStart(from) && !t.breakBefore(from)) {
      from--;
    }
    for (int k = from; k < t.size() && k - i < REACH; k++) {
      if (k > i && (t.sentenceStart(k) || t.breakBefore(k))) {
        break;
      }
      if (k == i || !t.isWordTok(k + 1)) {
        continue;
      }
      boolean digits = t.isDigits(k) && t.length(k) < 4;
      boolean word = t.isWordTok(k) && lex.number(t.norm(k)) != null
          && !(lex.words(WordList.ROUND_FIGURE_WORDS).contains(t.norm(k))
          && !t.isDigits(k - 1) && !(t.isWordTok(k - 1) && lex.number(t.norm(k - 1)) != null));
      if ((digits || word) && !(t.isWordTok(k - 1) && dateWord(t.norm(k - 1), lex))
          && !(word && lex.words(WordList.ARTICLE_NUMERALS).contains(t.norm(k)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean dateWord(String w, Lexicon lex) {
    return lex.words(WordList.YEAR_WORDS).contains(w) || lex.month(w) > 0
        || lex.words(WordList.DURATION_UNITS).contains(w);
  }
}
